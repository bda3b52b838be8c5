using System.Globalization;
using System.Text.Json;

namespace RencontresAict.Api.Queries;

/// <summary>Turns text from a query string or a GraphQL argument into the type of the index column it is compared with.</summary>
public static class FilterValueParser
{
    /// <summary>Throws <see cref="FormatException"/> with an English message naming the expected form.</summary>
    public static object? Parse(ContentQueryTarget target, object? raw)
    {
        if (raw is null)
        {
            return null;
        }

        if (target.IsDate)
        {
            return raw switch
            {
                DateTime dateTime => dateTime.ToUniversalTime(),
                DateTimeOffset offset => offset.UtcDateTime,
                _ => DateTimeOffset.TryParse(Text(raw), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed.UtcDateTime
                    : throw new FormatException($"'{target.Name}' expects an ISO-8601 date and time, e.g. 2026-06-11T09:00:00+02:00."),
            };
        }

        return target.Column switch
        {
            "Number" => raw is IConvertible and not string
                ? Convert.ToDouble(raw, CultureInfo.InvariantCulture)
                : double.TryParse(Text(raw), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw new FormatException($"'{target.Name}' expects a number."),
            "Bool" => raw is bool flag
                ? flag
                : bool.TryParse(Text(raw), out var parsedFlag) ? parsedFlag : throw new FormatException($"'{target.Name}' expects true or false."),
            _ => Text(raw),
        };
    }

    private static string Text(object raw) => raw switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        _ => Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "",
    };
}
