using System.Globalization;

namespace RencontresAict.Workflows.Indexes;

/// <summary>Instants as index-table text: fixed-width ISO-8601 UTC, so text order is time order on every provider.</summary>
public static class UtcText
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string Format(DateTime value) => Format(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));

    public static DateTime? Parse(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
}
