using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Pages.Contents;

/// <summary>The items of one content type: search by title, filter by status and edition, sort, pages.</summary>
public sealed class ListModel(ContentDefinitionManager definitions, ContentListQuery query, SiteSettingsService settings) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public ContentListFilter Filter { get; set; } = new();

    public ContentTypeDefinitionRecord Definition { get; private set; } = new();

    public IReadOnlyList<ContentListRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<(string Id, string Text)> Editions { get; private set; } = [];

    public int PageCount => Math.Max(1, (Total + ContentListFilter.PageSize - 1) / ContentListFilter.PageSize);

    private TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync()
    {
        var definition = await definitions.GetTypeDefinitionAsync(Type);
        if (definition is null)
        {
            return NotFound();
        }

        if (!await CanForTypeAsync(Permissions.EditOwnContent, Type))
        {
            return Forbid();
        }

        Definition = definition;
        var seesAll = await Access.IsAllowedForTypeAsync(User, Permissions.EditContent, Type, asOwner: false)
            || await Access.IsAllowedForTypeAsync(User, Permissions.ViewContent, Type, asOwner: false);
        (Rows, Total) = await query.RunAsync(Type, Filter, seesAll ? null : PermissionService.UserIdOf(User));
        Editions = await query.EditionsAsync();
        Zone = await settings.GetTimeZoneAsync();
        return Page();
    }

    /// <summary>A stored UTC instant shown in the site's time zone, as "20/06/2022 14:30".</summary>
    public string Local(string? utc) =>
        DateTime.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? TimeZoneInfo.ConvertTimeFromUtc(value, Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
            : "";

    public string PageUrl(int page) =>
        $"/admin/contents/{Type}?Filter.Q={Uri.EscapeDataString(Filter.Q ?? "")}&Filter.Status={Filter.Status}&Filter.Edition={Filter.Edition}&Filter.Sort={Filter.Sort}&Filter.Page={page}";
}
