using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>MultiTextField: one value per line.</summary>
public sealed class MultiTextFieldEditor : IFieldEditor
{
    public string FieldType => "MultiTextField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Hint = context.Hint ?? "Une valeur par ligne.",
        Partial = "TextArea",
        Value = string.Join('\n', JsonPaths.GetStrings(context.Value, "Values")),
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var values = form.Get(context.Key).Split('\n').Select(v => v.Trim()).Where(v => v.Length > 0);
        context.FieldObject()["Values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        return Task.CompletedTask;
    }
}
