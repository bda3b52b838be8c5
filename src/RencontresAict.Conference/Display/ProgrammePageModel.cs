using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>
/// What Programme.liquid gets: the days (only the sessions of <see cref="Format"/> when the visitor filtered by one,
/// <c>?format=atelier</c>, on the server so it works without JavaScript), every format the programme uses, and the
/// calendar links: the whole programme (<c>.ics</c> and its <c>webcal://</c> subscription on the site's base URL) and
/// the address « Mon programme » downloads from (the browser adds <c>?sessions=…</c>).
/// </summary>
public sealed record ProgrammePageModel(
    EditionModel Edition, IReadOnlyList<ProgrammeDayModel> Days, IReadOnlyList<FormatModel> Formats, FormatModel? Format,
    string CalendarUrl, string WebcalUrl, string SelectionCalendarUrl, string Description)
{
    /// <summary>
    /// The page of <paramref name="edition"/>'s <paramref name="days"/>, cut to <paramref name="formatSlug"/> when it names a
    /// format of the programme; <paramref name="calendars"/> are the whole programme's <c>.ics</c> and
    /// « Mon programme »'s, in the page's language and edition (<c>/programme.ics</c>, <c>/2022/programme.ics</c>,
    /// <c>/en/programme.ics</c>), <paramref name="baseUrl"/> the site's configured address (SiteBaseUrl), for the subscription link.
    /// </summary>
    public static ProgrammePageModel Build(
        EditionModel edition, IReadOnlyList<ProgrammeDayModel> days, string? formatSlug, (string Calendar, string Selection) calendars, string baseUrl)
    {
        var formats = days.SelectMany(d => d.Slots).SelectMany(s => s.Sessions).SelectMany(s => s.Formats)
            .DistinctBy(f => f.Id).OrderBy(f => f.Order).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var format = string.IsNullOrWhiteSpace(formatSlug) ? null : formats.Find(f => string.Equals(f.Slug, formatSlug.Trim(), StringComparison.OrdinalIgnoreCase));
        var shown = format is null ? days : Filter(days, format);
        var calendar = calendars.Calendar;
        var webcal = Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) ? $"webcal://{root.Authority}{root.AbsolutePath.TrimEnd('/')}{calendar}" : calendar;
        return new(edition, shown, formats, format, calendar, webcal, calendars.Selection, PageDescriptions.Programme(edition));
    }

    private static List<ProgrammeDayModel> Filter(IReadOnlyList<ProgrammeDayModel> days, FormatModel format) =>
        days.Select(day => day with
            {
                Slots = day.Slots
                    .Select(slot => slot with { Sessions = slot.Sessions.Where(s => s.Formats.Any(f => f.Id == format.Id)).ToList() })
                    .Where(slot => slot.Sessions.Count > 0).ToList(),
            })
            .Where(day => day.Slots.Count > 0).ToList();
}
