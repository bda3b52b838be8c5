using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Containers;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Flows;

/// <summary>
/// What the flow pages share: the item (its latest version, which every change is made against), the name of its
/// FlowPart, the version and stamp the page was made from, and the EditContent check on that item.
/// </summary>
public abstract class FlowPageModel(ContentManager contents, FlowWidgetEditing flows) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public string? VersionId { get; set; }

    [BindProperty]
    public long Stamp { get; set; }

    public ContentItem Item { get; private set; } = new();

    public string FlowPart { get; private set; } = "";

    protected FlowWidgetEditing Flows { get; } = flows;

    /// <summary>The item's editor, where its widgets are listed.</summary>
    public string EditorUrl => $"/admin/contents/{Item.ContentType}/edit/{Id}";

    /// <summary>Loads the item; a "not found" or "forbidden" result when the page must stop there.</summary>
    protected async Task<IActionResult?> LoadAsync()
    {
        if (await contents.GetAsync(Id, VersionOptions.Latest) is not { } latest || await Flows.FlowPartOfAsync(latest.ContentType) is not { } flowPart)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.EditContent, latest))
        {
            return Forbid();
        }

        Item = latest;
        FlowPart = flowPart;
        return null;
    }
}
