using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RencontresAict.Api;
using RencontresAict.Conference.Registrations;

namespace RencontresAict.Conference.Programme;

/// <summary>
/// iCalendar (RFC 5545) for the programme, one session or the edition: UID stable per item and host-independent,
/// SEQUENCE from the publication count, DTSTART/DTEND in the edition's zone with its VTIMEZONE, DTSTAMP from the
/// last publication so the same content gives the same bytes. Texts follow the request's culture (English under /en).
/// </summary>
public sealed class ProgrammeCalendarBuilder(IOptions<ApiOptions> options, IStringLocalizer<ProgrammeCalendarBuilder> texts)
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string ProductId = "-//Cités Unies France//Rencontres de l'AICT//FR";

    public string BuildSessions(ProgrammeSnapshot programme, string calendarName)
    {
        var calendar = NewCalendar(programme, calendarName, programme.Sessions.Select(s => s.StartsAtUtc).DefaultIfEmpty(programme.Edition.StartsAtUtc ?? DateTime.UtcNow).Min());
        foreach (var session in programme.Sessions)
        {
            calendar.Events.Add(SessionEvent(programme, session));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>« Mon programme »: the sessions a visitor marked, named after the edition, and saying so when none is left.</summary>
    public string BuildSelection(ProgrammeSnapshot programme, IReadOnlyList<SessionInfo> marked) =>
        BuildSessions(programme with { Sessions = marked }, marked.Count == 0
            ? texts["Mon programme — {0} (aucune session choisie)", programme.Edition.Title]
            : texts["Mon programme — {0}", programme.Edition.Title]);

    /// <summary>
    /// The edition as one event per day of its programme (<see cref="AttendanceDay"/>: first start to last end of the
    /// day's sessions that are not cancelled, days taken in the edition's zone), so that no event blocks the night; an
    /// edition with no session yet is one event from its start to its end. Days have their own UID (the date).
    /// </summary>
    public string BuildEdition(ProgrammeSnapshot programme)
    {
        var edition = programme.Edition;
        var days = AttendanceDay.FromSessions(
            programme.Sessions.Where(s => !s.Cancelled).Select(s => (s.StartsAtUtc, (DateTime?)s.EndsAtUtc)), programme.TimeZone);
        if (days.Count == 0)
        {
            var starts = edition.StartsAtUtc ?? DateTime.UtcNow;
            days = [new AttendanceDay(starts, edition.EndsAtUtc ?? starts)];
        }

        var calendar = NewCalendar(programme, edition.Title, days[0].StartsUtc);
        var item = edition.Item;
        var description = string.Join("\n\n", new[] { edition.Theme, edition.Tagline, edition.Organiser is null ? null : texts["Organisé par {0}", edition.Organiser].Value }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        foreach (var day in days)
        {
            var uid = days.Count == 1 ? item.ContentItemId : item.ContentItemId + "-" + programme.ToLocal(day.StartsUtc).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            var evt = NewEvent(programme, uid, edition.Sequence, item.PublishedUtc ?? item.ModifiedUtc, day.StartsUtc, day.EndsUtc, edition.Title, description, edition.Url);
            evt.Status = "CONFIRMED";
            calendar.Events.Add(evt);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static Calendar NewCalendar(ProgrammeSnapshot programme, string name, DateTime earliestUtc)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", programme.TimeZoneId);
        calendar.AddTimeZone(programme.TimeZoneId, earliestUtc.AddYears(-1), includeHistoricalData: false);
        return calendar;
    }

    private CalendarEvent SessionEvent(ProgrammeSnapshot programme, SessionInfo session)
    {
        var description = HtmlText.ToPlainText(session.DescriptionHtml);
        if (session.Speakers.Count > 0)
        {
            description = (description + "\n\n" + texts["Intervenants : {0}", string.Join(", ", session.Speakers.Select(s => s.Name))].Value).Trim();
        }

        var evt = NewEvent(programme, session.ContentItemId, session.Sequence, session.Item.PublishedUtc ?? session.Item.ModifiedUtc,
            session.StartsAtUtc, session.EndsAtUtc, session.Title, description, session.Url);
        evt.Status = session.Cancelled ? "CANCELLED" : "CONFIRMED";
        foreach (var format in session.Formats)
        {
            evt.Categories.Add(format);
        }

        if (!string.IsNullOrWhiteSpace(session.Room))
        {
            evt.Location = string.Join(", ", new[] { session.Room, programme.Venue?.NameAndAddress }.Where(s => !string.IsNullOrWhiteSpace(s)));
        }

        return evt;
    }

    private CalendarEvent NewEvent(
        ProgrammeSnapshot programme, string contentItemId, int sequence, DateTime? stampUtc, DateTime startsUtc, DateTime endsUtc,
        string summary, string description, string? url)
    {
        var evt = new CalendarEvent
        {
            Uid = $"{contentItemId}@{options.Value.CalendarDomain}",
            Sequence = sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc ?? startsUtc, DateTimeKind.Utc), CalDateTime.UtcTzId),
            DtStart = Local(programme, startsUtc),
            DtEnd = Local(programme, endsUtc),
            Summary = summary,
            Description = string.IsNullOrWhiteSpace(description) ? null : description,
            Location = programme.Venue?.NameAndAddress,
            Transparency = "OPAQUE",
        };
        if (url is not null)
        {
            evt.Url = new Uri(url);
        }

        if (programme.Venue is { Latitude: { } lat, Longitude: { } lon })
        {
            evt.GeographicLocation = new GeographicLocation(lat, lon);
        }

        return evt;
    }

    private static CalDateTime Local(ProgrammeSnapshot programme, DateTime utc) =>
        new(DateTime.SpecifyKind(programme.ToLocal(utc).DateTime, DateTimeKind.Unspecified), programme.TimeZoneId);
}
