using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Parts;

/// <summary>AutoroutePart: the page's address; left empty, it is generated from the type's pattern on save.</summary>
public sealed class AutoroutePartEditor : IPartEditor
{
    public string PartName => "AutoroutePart";

    public string Property => "Path";

    public string Label => "Adresse de la page";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Hint = "Par exemple programme/ouverture. Laisser vide pour la générer à partir du titre.",
        Partial = "Text",
        Value = JsonPaths.GetString(context.Part, "Path"),
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        context.Part["Path"] = form.Get(context.Key).Trim().Trim('/');
        return Task.CompletedTask;
    }
}
