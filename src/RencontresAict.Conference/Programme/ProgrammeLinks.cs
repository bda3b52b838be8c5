namespace RencontresAict.Conference.Programme;

/// <summary>
/// The URLs of the exports, for the theme to link to. A session's calendar lives at
/// <c>/programme/{ContentItemId}.ics</c>: the id never changes, so a subscribed link survives a renamed session.
/// </summary>
public static class ProgrammeLinks
{
    public const string Programme = "/programme.ics";
    public const string Edition = "/edition.ics";
    public const string ScheduleJson = "/schedule.json";
    public const string ScheduleXml = "/schedule.xml";
    public const string Selection = "/mon-programme.ics";
    /// <summary>The programme in English: the English items' titles and descriptions (the site's /en addresses).</summary>
    public const string EnglishProgramme = "/en/programme.ics";

    /// <summary>« My programme » of an English visitor: the English sessions they marked on <c>/en/programme</c>.</summary>
    public const string EnglishSelection = "/en/my-programme.ics";
    public const string SessionRoute = "/programme/{contentItemId}.ics";

    /// <summary>An edition's exports under its year (<c>/2022/programme.ics</c>…), for the current edition and the archives.</summary>
    public const string YearPrefix = "/{year:int:range(1000,9999)}";

    public static string SessionCalendar(string contentItemId) => $"/programme/{Uri.EscapeDataString(contentItemId)}.ics";
}
