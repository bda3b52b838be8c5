using System.Globalization;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing.Fields;

/// <summary>
/// DateTimeField: entered and shown in the edition's time zone (Europe/Paris), stored in UTC. A time that does not
/// exist (the hour skipped when clocks go forward) is refused; an ambiguous one (clocks go back) is read as standard time.
/// </summary>
public sealed class DateTimeFieldEditor : IFieldEditor
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public string FieldType => "DateTimeField";

    public Task<EditorInput> BuildAsync(FieldEditorContext context)
    {
        var utc = JsonPaths.GetDateTime(context.Value, "Value");
        return Task.FromResult(new EditorInput
        {
            Key = context.Key,
            Label = context.Label,
            Hint = context.HintWith($"Heure de {ZoneCity(context.TimeZone)}."),
            Partial = "DateTime",
            Value = utc is null ? null : ToLocal(utc.Value, context.TimeZone).ToString(LocalFormat, CultureInfo.InvariantCulture),
            Required = JsonPaths.GetBoolean(context.TypeSettings, "Required") == true,
        });
    }

    public Task ReadAsync(FieldEditorContext context, EditorForm form)
    {
        var text = form.Get(context.Key).Trim();
        if (text.Length == 0)
        {
            context.FieldObject()["Value"] = null;
            return Task.CompletedTask;
        }

        if (!DateTime.TryParseExact(text, [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss", "dd/MM/yyyy HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            form.Fail(context.Key, $"« {context.Label} » : date et heure attendues (jj/mm/aaaa hh:mm).");
            return Task.CompletedTask;
        }

        if (context.TimeZone.IsInvalidTime(local))
        {
            form.Fail(context.Key, $"« {context.Label} » : {local:dd/MM/yyyy HH:mm} n'existe pas à {ZoneCity(context.TimeZone)} (passage à l'heure d'été).");
            return Task.CompletedTask;
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), context.TimeZone);
        context.FieldObject()["Value"] = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public static string ZoneCity(TimeZoneInfo zone) => zone.Id.Split('/')[^1].Replace('_', ' ');
}
