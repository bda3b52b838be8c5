using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The edition as iCalendar events attached to confirmation e-mails: one per day of attendance (<see cref="AttendanceDay"/>,
/// from the programme), so that no event spans the night; an edition without a programme yet is one event from its
/// start to its end. Instants in UTC, venue and link on each event; title and description in the registrant's language
/// (SUMMARY and DESCRIPTION carry RFC 5545's LANGUAGE parameter).
/// </summary>
public static class EditionCalendar
{
    public const string FileName = "rencontres-aict.ics";
    public const string ContentType = "text/calendar; charset=utf-8; method=PUBLISH";

    /// <summary>The calendar file, its texts in <c>culture</c>, the registrant's language ("en"; null: French).</summary>
    public static byte[] Build(EditionFacts edition, DateTimeOffset stamp, string? culture = null)
    {
        if (edition.StartsUtc is not { } start)
        {
            throw new InvalidOperationException($"Edition '{edition.Id}' has no StartsAt: no calendar can be made.");
        }

        var title = edition.TitleIn(culture);
        var language = EditionFacts.IsEnglish(culture) ? "en" : "fr";
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", title);
        IReadOnlyList<AttendanceDay> days = edition.Days.Count > 0 ? edition.Days : [new AttendanceDay(start, edition.EndsUtc ?? start.AddHours(2))];
        foreach (var day in days)
        {
            var uid = days.Count == 1
                ? $"{edition.Id}@rencontres-aict"
                : $"{edition.Id}-{edition.Local(day.StartsUtc).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}@rencontres-aict";
            var calendarEvent = new CalendarEvent
            {
                Uid = uid,
                Start = new CalDateTime(DateTime.SpecifyKind(day.StartsUtc, DateTimeKind.Utc)),
                End = new CalDateTime(DateTime.SpecifyKind(day.EndsUtc, DateTimeKind.Utc)),
                DtStamp = new CalDateTime(stamp.UtcDateTime),
                Location = string.Join(", ", new[] { edition.VenueName, edition.VenueAddress }.Where(s => !string.IsNullOrWhiteSpace(s))),
                Url = edition.Website is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null,
            };
            AddText(calendarEvent, "SUMMARY", title, language);
            AddText(calendarEvent, "DESCRIPTION", $"{title} — {edition.Moment(day.StartsUtc, culture, withZone: true)}.", language);
            calendar.Events.Add(calendarEvent);
        }

        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static void AddText(CalendarEvent calendarEvent, string name, string value, string language)
    {
        var property = new CalendarProperty(name, value);
        property.Parameters.Set("LANGUAGE", language);
        calendarEvent.Properties.Add(property);
    }
}
