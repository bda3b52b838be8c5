using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>MarkdownField: a text area with a preview rendered on the server (Markdig, then sanitized).</summary>
public sealed class MarkdownFieldEditor : IFieldEditor
{
    public string FieldType => "MarkdownField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Hint = context.Hint,
        Partial = "Markdown",
        Value = JsonPaths.GetString(context.Value, "Markdown"),
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        context.FieldObject()["Markdown"] = form.Get(context.Key).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Task.CompletedTask;
    }
}
