using System.Globalization;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Instants written the English way for English registrants (British order, as the Rencontres' English texts):
/// "Monday 20 June 2022", "2:30 pm", "Monday 20 and Tuesday 21 June 2022".
/// </summary>
public static class EnglishDates
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Monday 20 June 2022".</summary>
    public static string LongDate(DateTimeOffset local) => local.ToString("dddd d MMMM yyyy", Culture);

    /// <summary>"2:30 pm", "9:00 am".</summary>
    public static string Time(DateTimeOffset local) =>
        local.ToString("h:mm", Culture) + (local.Hour < 12 ? " am" : " pm");

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

        return start.Month == end.Month
            ? $"{start.ToString("dddd d", Culture)} and {LongDate(end)}"
            : $"{start.ToString("dddd d MMMM", Culture)} and {LongDate(end)}";
    }
}
