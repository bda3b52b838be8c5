using System.Globalization;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>NumericField: a number input with the field's scale, minimum and maximum; a comma is read as a decimal point.</summary>
public sealed class NumericFieldEditor : IFieldEditor
{
    public string FieldType => "NumericField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context)
    {
        var scale = (int)(JsonPaths.GetDecimal(context.TypeSettings, "Scale") ?? 0);
        var attributes = new Dictionary<string, string>
        {
            ["step"] = scale <= 0 ? "1" : "0." + new string('0', scale - 1) + "1",
        };
        if (JsonPaths.GetDecimal(context.TypeSettings, "Minimum") is { } min)
        {
            attributes["min"] = min.ToString(CultureInfo.InvariantCulture);
        }

        if (JsonPaths.GetDecimal(context.TypeSettings, "Maximum") is { } max)
        {
            attributes["max"] = max.ToString(CultureInfo.InvariantCulture);
        }

        return Task.FromResult(new EditorInput
        {
            Key = context.Key,
            Label = context.Label,
            Hint = context.Hint,
            Partial = "Number",
            Value = JsonPaths.GetDecimal(context.Value, "Value")?.ToString(CultureInfo.InvariantCulture),
            Attributes = attributes,
            Required = JsonPaths.GetBoolean(context.TypeSettings, "Required") == true,
        });
    }

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var text = form.Get(context.Key).Trim().Replace(',', '.').Replace(" ", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            context.FieldObject()["Value"] = null;
        }
        else if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            context.FieldObject()["Value"] = number;
        }
        else
        {
            form.Fail(context.Key, $"« {context.Label} » doit être un nombre.");
        }

        return Task.CompletedTask;
    }
}
