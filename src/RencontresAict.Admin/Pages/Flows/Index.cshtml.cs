using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Containers;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Pages.Flows;

/// <summary>
/// The buttons of the flow's list in an item's editor: move a widget up or down, remove it. Each change goes into the
/// item's draft, then the editor shows again with what happened (nothing, when the page was outdated).
/// </summary>
public sealed class IndexModel(ContentManager contents, FlowWidgetEditing flows) : FlowPageModel(contents, flows)
{
    [BindProperty]
    public string Widget { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Redirect(EditorUrl + "#flow");

    public Task<IActionResult> OnPostUpAsync() => ChangeAsync(latest => Flows.MoveAsync(latest, FlowPart, Widget, -1, VersionId, Stamp, User), "Le widget a été déplacé.");

    public Task<IActionResult> OnPostDownAsync() => ChangeAsync(latest => Flows.MoveAsync(latest, FlowPart, Widget, +1, VersionId, Stamp, User), "Le widget a été déplacé.");

    public Task<IActionResult> OnPostRemoveAsync() => ChangeAsync(latest => Flows.RemoveAsync(latest, FlowPart, Widget, VersionId, Stamp, User), "Le widget a été retiré du brouillon.");

    private async Task<IActionResult> ChangeAsync(Func<ContentItem, Task<EditResult>> change, string done)
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        var result = await change(Item);
        Flash(result.Succeeded ? T[done]
            : result.ConflictingVersion is not null ? T["La page a été modifiée entre-temps : rien n'a été enregistré. Voici sa version actuelle."]
            : string.Join(" ", result.Errors.Select(e => T[e.Message])));
        return Redirect(EditorUrl + "#flow");
    }
}
