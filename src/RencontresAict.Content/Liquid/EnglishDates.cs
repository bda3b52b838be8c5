using System.Globalization;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Instants shown to English visitors, the British way the issue asks for: "Monday 20 June 2022", "2:30 pm",
/// "2:30 pm – 4:00 pm", "Monday 20 and Tuesday 21 June 2022". The zone is converted by <see cref="FrenchDates.InZone"/>.
/// </summary>
public static class EnglishDates
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Monday 20 June 2022".</summary>
    public static string LongDate(DateTimeOffset local) => local.ToString("dddd d MMMM yyyy", Culture);

    /// <summary>"2:30 pm", "9:00 am", "12:00 pm".</summary>
    public static string Time(DateTimeOffset local) =>
        local.ToString("h':'mm", Culture) + (local.Hour < 12 ? " am" : " pm");

    /// <summary>"2:30 pm – 4:00 pm".</summary>
    public static string TimeRange(DateTimeOffset start, DateTimeOffset end) => $"{Time(start)} – {Time(end)}";

    /// <summary>"Monday 20 and Tuesday 21 June 2022", "Thursday 30 June and Friday 1 July 2022".</summary>
    public static string DayRange(DateTimeOffset start, DateTimeOffset end)
    {
        if (start.Date == end.Date)
        {
            return LongDate(start);
        }

        if (start.Year != end.Year)
        {
            return $"{LongDate(start)} and {LongDate(end)}";
        }

        var startDay = start.ToString("dddd d", Culture);
        return start.Month == end.Month
            ? $"{startDay} and {LongDate(end)}"
            : $"{startDay} {start.ToString("MMMM", Culture)} and {LongDate(end)}";
    }

    /// <summary>A format name (<c>long</c>, <c>time</c>) or a .NET format string, with English names.</summary>
    public static string Format(DateTimeOffset local, string? format) => format switch
    {
        null or "" or FrenchDates.LongDateFormat => LongDate(local),
        FrenchDates.TimeFormat => Time(local),
        _ => local.ToString(format, Culture),
    };
}
