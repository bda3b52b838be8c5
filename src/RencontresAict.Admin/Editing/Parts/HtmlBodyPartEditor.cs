using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Parts;

/// <summary>HtmlBodyPart: the rich-text body; HtmlBodyPartHandler sanitizes it on save.</summary>
public sealed class HtmlBodyPartEditor : IPartEditor
{
    public string PartName => "HtmlBodyPart";

    public string Property => "Html";

    public string Label => "Texte";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Partial = "Html",
        Value = JsonPaths.GetString(context.Part, "Html"),
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        context.Part["Html"] = form.Get(context.Key);
        return Task.CompletedTask;
    }
}
