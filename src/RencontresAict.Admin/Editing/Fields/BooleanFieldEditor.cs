using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>BooleanField: a checkbox (unchecked is posted as nothing, and read as false).</summary>
public sealed class BooleanFieldEditor : IFieldEditor
{
    public string FieldType => "BooleanField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Hint = context.Hint,
        Partial = "Boolean",
        Value = JsonPaths.GetBoolean(context.Value, "Value") == true ? "true" : "false",
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        context.FieldObject()["Value"] = form.Get(context.Key) == "true";
        return Task.CompletedTask;
    }
}
