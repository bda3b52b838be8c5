using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Containers;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Pages.Flows;

/// <summary>
/// The editor of one widget of an item's flow (a new one of type <see cref="NewType"/>, or the one named
/// <see cref="Widget"/>), generated from the widget type's definition as any item's editor is. Saving puts it into
/// the item's draft; a refused save shows what was typed again, with why.
/// </summary>
public sealed class WidgetModel(ContentManager contents, FlowWidgetEditing flows, ContentEditorBuilder editors) : FlowPageModel(contents, flows)
{
    [BindProperty(SupportsGet = true)]
    public string? Widget { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? NewType { get; set; }

    public ContentItem Edited { get; private set; } = new();

    public string TypeName { get; private set; } = "";

    public IReadOnlyList<EditorGroup> Groups { get; private set; } = [];

    public IReadOnlyList<string> GeneralErrors { get; private set; } = [];

    public bool Conflict { get; private set; }

    /// <summary>Where the form posts: the same widget, or a new one of the same type.</summary>
    public string Action => $"/admin/flows/{Uri.EscapeDataString(Id)}/widget?" + (Widget is null ? "NewType=" + Uri.EscapeDataString(NewType ?? "") : "Widget=" + Uri.EscapeDataString(Widget));

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadWidgetAsync() is { } stop)
        {
            return stop;
        }

        VersionId = Item.ContentItemVersionId;
        Stamp = Item.DocumentVersion;
        Groups = await editors.BuildAsync(Edited, [], null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadWidgetAsync() is { } stop)
        {
            return stop;
        }

        var form = new EditorForm(Request.Form);
        var result = await Flows.SaveWidgetAsync(Item, FlowPart, Edited, form, VersionId, Stamp, User);
        if (result.Succeeded)
        {
            Flash(T["Le widget est enregistré dans le brouillon de la page : publiez-la pour que les visiteurs le voient."]);
            return Redirect(EditorUrl + "#flow");
        }

        Conflict = result.ConflictingVersion is not null;
        Groups = await editors.BuildAsync(Edited, result.Errors, form);
        var shown = Groups.SelectMany(g => g.Inputs).Select(i => i.Key).ToHashSet();
        GeneralErrors = result.Errors.Where(e => !shown.Contains(e.Member)).Select(e => T[e.Message]).ToList();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadWidgetAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        var types = await Flows.WidgetTypesAsync(Item.ContentType);
        var existing = Widget is null ? null : FlowWidgetEditing.Widgets(Item, FlowPart).FirstOrDefault(w => w.ContentItemId == Widget);
        var type = types.FirstOrDefault(t => t.Name == (existing?.ContentType ?? NewType));
        if ((Widget is not null && existing is null) || type is null)
        {
            return NotFound();
        }

        Edited = existing ?? await Flows.NewWidgetAsync(type.Name);
        TypeName = type.DisplayName.Length > 0 ? type.DisplayName : type.Name;
        return null;
    }
}
