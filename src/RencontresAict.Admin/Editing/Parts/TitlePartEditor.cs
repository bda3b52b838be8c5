using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Parts;

/// <summary>TitlePart: the title, which is also the item's DisplayText.</summary>
public sealed class TitlePartEditor : IPartEditor
{
    public string PartName => "TitlePart";

    public string Property => "Title";

    public string Label => "Titre";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Partial = "Text",
        Value = JsonPaths.GetString(context.Part, "Title"),
        Required = true,
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        context.Part["Title"] = form.Get(context.Key).Trim();
        return Task.CompletedTask;
    }
}
