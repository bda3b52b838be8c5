using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>TextField: a line, a multi-line area (Editor "TextArea") or a select of predefined values ("PredefinedList").</summary>
public sealed class TextFieldEditor : IFieldEditor
{
    public string FieldType => "TextField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context)
    {
        var editor = JsonPaths.GetString(context.FieldSettings, "Editor");
        var value = JsonPaths.GetString(context.Value, "Text");
        var options = editor == "PredefinedList" ? Options(context, value) : [];
        return Task.FromResult(new EditorInput
        {
            Key = context.Key,
            Label = context.Label,
            Hint = context.Hint ?? JsonPaths.GetString(context.TypeSettings, "Hint"),
            Partial = editor switch { "TextArea" => "TextArea", "PredefinedList" => "Select", _ => "Text" },
            Value = value,
            Options = options,
            Required = JsonPaths.GetBoolean(context.TypeSettings, "Required") == true,
        });
    }

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        context.FieldObject()["Text"] = form.Get(context.Key).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Task.CompletedTask;
    }

    private static List<EditorOption> Options(FieldEditorContext context, string? value)
    {
        var list = JsonPaths.Get(context.Settings, "TextFieldPredefinedListEditorSettings", "Options");
        var options = new List<EditorOption> { new("", "—", string.IsNullOrEmpty(value)) };
        foreach (var option in (list as System.Text.Json.Nodes.JsonArray) ?? [])
        {
            var optionValue = JsonPaths.GetString(option, "value") ?? "";
            options.Add(new(optionValue, JsonPaths.GetString(option, "name") ?? optionValue, optionValue == value));
        }

        if (!string.IsNullOrEmpty(value) && !options.Any(o => o.Value == value))
        {
            options.Add(new(value, value, true)); // a value set before the list was: kept, never cleared by a save
        }

        return options;
    }
}
