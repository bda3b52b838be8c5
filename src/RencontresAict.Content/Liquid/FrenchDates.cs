using System.Globalization;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Instants shown to French visitors: converted to an explicit zone (never the server's local zone) and written
/// the French way — "lundi 20 juin 2022", "1er juillet", "14 h 30", "lundi 20 et mardi 21 juin 2022".
/// </summary>
public static class FrenchDates
{
    public const string LongDateFormat = "long";
    public const string TimeFormat = "time";

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Reads an instant from a date, a DateTimeOffset or an ISO-8601 string; a date without offset is UTC.</summary>
    public static bool TryReadInstant(object? value, out DateTimeOffset instant)
    {
        switch (value)
        {
            case DateTimeOffset offset:
                instant = offset;
                return true;
            case DateTime date:
                instant = new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc));
                return true;
            case string text:
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
            default:
                instant = default;
                return false;
        }
    }

    /// <summary>The same instant with the zone's offset at that moment (+02:00 in Paris in June).</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>"lundi 20 juin 2022", "vendredi 1er juillet 2022".</summary>
    public static string LongDate(DateTimeOffset local) =>
        $"{local.ToString("dddd", Culture)} {Day(local)} {local.ToString("MMMM yyyy", Culture)}";

    /// <summary>"14 h 30", "9 h 00".</summary>
    public static string Time(DateTimeOffset local) => local.ToString("H' h 'mm", Culture);

    /// <summary>"14 h 30 – 16 h 00".</summary>
    public static string TimeRange(DateTimeOffset start, DateTimeOffset end) => $"{Time(start)} – {Time(end)}";

    /// <summary>
    /// Two days as one phrase, naming the month and year once when they are shared:
    /// "lundi 20 et mardi 21 juin 2022", "jeudi 30 juin et vendredi 1er juillet 2022".
    /// </summary>
    public static string DayRange(DateTimeOffset start, DateTimeOffset end)
    {
        if (start.Date == end.Date)
        {
            return LongDate(start);
        }

        var startDay = $"{start.ToString("dddd", Culture)} {Day(start)}";
        if (start.Year != end.Year)
        {
            return $"{LongDate(start)} et {LongDate(end)}";
        }

        return start.Month == end.Month
            ? $"{startDay} et {LongDate(end)}"
            : $"{startDay} {start.ToString("MMMM", Culture)} et {LongDate(end)}";
    }

    /// <summary>ISO-8601 with the offset, for <c>&lt;time datetime&gt;</c> and JSON-LD: 2022-06-20T14:30:00+02:00.</summary>
    public static string Iso(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A format name (<c>long</c>, <c>time</c>) or a .NET format string, with French names.</summary>
    public static string Format(DateTimeOffset local, string? format) => format switch
    {
        null or "" or LongDateFormat => LongDate(local),
        TimeFormat => Time(local),
        _ => local.ToString(format, Culture),
    };

    private static string Day(DateTimeOffset local) => local.Day == 1 ? "1er" : local.Day.ToString(CultureInfo.InvariantCulture);
}
