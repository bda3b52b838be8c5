using Ganss.Xss;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>HtmlField: the rich-text editor (a contenteditable with a toolbar); the HTML is sanitized on save.</summary>
public sealed class HtmlFieldEditor(IHtmlSanitizer sanitizer) : IFieldEditor
{
    public string FieldType => "HtmlField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Hint = context.Hint,
        Partial = "Html",
        Value = JsonPaths.GetString(context.Value, "Html"),
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        context.FieldObject()["Html"] = sanitizer.Sanitize(form.Get(context.Key));
        return Task.CompletedTask;
    }
}
