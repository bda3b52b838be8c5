using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Editing.Fields;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Contents;

/// <summary>Every version of an item, newest first, with who saved it and when (in the edition's time zone).</summary>
public sealed class VersionsModel(ContentManager contents, EditorTimeZones zones) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync()
    {
        var latest = await contents.GetAsync(Id, VersionOptions.Latest);
        if (latest is null || latest.ContentType != Type)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.EditContent, latest))
        {
            return Forbid();
        }

        Versions = (await contents.GetAllVersionsAsync(Id)).Reverse().ToList();
        Zone = await zones.ForAsync(latest);
        return Page();
    }

    public string Local(DateTime? utc) =>
        utc is null ? "" : DateTimeFieldEditor.ToLocal(utc.Value, Zone).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
