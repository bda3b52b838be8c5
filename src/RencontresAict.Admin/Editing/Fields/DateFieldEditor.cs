using System.Globalization;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>DateField: a calendar date, stored as midnight UTC as Orchard stores it.</summary>
public sealed class DateFieldEditor : IFieldEditor
{
    public string FieldType => "DateField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context) => Task.FromResult(new EditorInput
    {
        Key = context.Key,
        Label = context.Label,
        Hint = context.Hint,
        Partial = "Date",
        Value = JsonPaths.GetDateTime(context.Value, "Value")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var text = form.Get(context.Key).Trim();
        if (text.Length == 0)
        {
            context.FieldObject()["Value"] = null;
        }
        else if (DateTime.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.FieldObject()["Value"] = date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);
        }
        else
        {
            form.Fail(context.Key, $"« {context.Label} » : date attendue (jj/mm/aaaa).");
        }

        return Task.CompletedTask;
    }
}
