using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Pages;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;
using RencontresAict.Forms.Editing;
using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Pages.FormElements;

/// <summary>
/// What the form element pages share: the form (its latest version, which every change is made against), the
/// version and stamp the page was made from, and the EditContent check on that form.
/// </summary>
public abstract class FormElementsPageModel(FormElementEditingService elements) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public string? VersionId { get; set; }

    [BindProperty]
    public long Stamp { get; set; }

    public ContentItem Item { get; private set; } = new();

    public FormDefinition Form { get; private set; } = null!;

    protected FormElementEditingService Elements { get; } = elements;

    /// <summary>Loads the form's latest version; a "not found" or "forbidden" result when the page must stop there.</summary>
    protected async Task<IActionResult?> LoadFormAsync()
    {
        if (await Elements.GetLatestAsync(Id) is not { } latest)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.EditContent, latest))
        {
            return Forbid();
        }

        Item = latest;
        Form = FormDefinition.From(latest);
        return null;
    }

    /// <summary>The next change is made against the version now shown.</summary>
    protected void StampFromItem()
    {
        VersionId = Item.ContentItemVersionId;
        Stamp = Item.DocumentVersion;
    }
}
