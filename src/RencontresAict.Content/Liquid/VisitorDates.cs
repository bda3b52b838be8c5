using System.Globalization;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Dates in the visitor's language: English (<see cref="EnglishDates"/>) when the request's UI culture is English,
/// else French (<see cref="FrenchDates"/>), so a page's readers never branch on the language themselves.
/// </summary>
public static class VisitorDates
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string LongDate(DateTimeOffset local) => IsEnglish ? EnglishDates.LongDate(local) : FrenchDates.LongDate(local);

    public static string Time(DateTimeOffset local) => IsEnglish ? EnglishDates.Time(local) : FrenchDates.Time(local);

    public static string TimeRange(DateTimeOffset start, DateTimeOffset end) =>
        IsEnglish ? EnglishDates.TimeRange(start, end) : FrenchDates.TimeRange(start, end);

    public static string DayRange(DateTimeOffset start, DateTimeOffset end) =>
        IsEnglish ? EnglishDates.DayRange(start, end) : FrenchDates.DayRange(start, end);

    public static string Format(DateTimeOffset local, string? format) =>
        IsEnglish ? EnglishDates.Format(local, format) : FrenchDates.Format(local, format);
}
