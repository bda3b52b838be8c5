using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Parts;

/// <summary>MarkdownBodyPart: the Markdown body, with its server-rendered preview.</summary>
public sealed class MarkdownBodyPartEditor : IPartEditor
{
    public string PartName => "MarkdownBodyPart";

    public string Property => "Markdown";

    public string Label => "Texte (Markdown)";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Partial = "Markdown",
        Value = JsonPaths.GetString(context.Part, "Markdown"),
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        context.Part["Markdown"] = form.Get(context.Key).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Task.CompletedTask;
    }
}
