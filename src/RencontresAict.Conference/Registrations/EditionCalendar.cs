using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The edition as iCalendar events attached to confirmation e-mails: one per day of attendance (<see cref="AttendanceDay"/>,
/// from the programme), so that no event spans the night; an edition without a programme yet is one event from its
/// start to its end. Instants in UTC, venue and link on each event.
/// </summary>
public static class EditionCalendar
{
    public const string FileName = "rencontres-aict.ics";
    public const string ContentType = "text/calendar; charset=utf-8; method=PUBLISH";

    public static byte[] Build(EditionFacts edition, DateTimeOffset stamp)
    {
        if (edition.StartsUtc is not { } start)
        {
            throw new InvalidOperationException($"Edition '{edition.Id}' has no StartsAt: no calendar can be made.");
        }

        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", edition.Title);
        IReadOnlyList<AttendanceDay> days = edition.Days.Count > 0 ? edition.Days : [new AttendanceDay(start, edition.EndsUtc ?? start.AddHours(2))];
        foreach (var day in days)
        {
            var uid = days.Count == 1
                ? $"{edition.Id}@rencontres-aict"
                : $"{edition.Id}-{edition.Local(day.StartsUtc).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}@rencontres-aict";
            calendar.Events.Add(new CalendarEvent
            {
                Uid = uid,
                Summary = edition.Title,
                Start = new CalDateTime(DateTime.SpecifyKind(day.StartsUtc, DateTimeKind.Utc)),
                End = new CalDateTime(DateTime.SpecifyKind(day.EndsUtc, DateTimeKind.Utc)),
                DtStamp = new CalDateTime(stamp.UtcDateTime),
                Location = string.Join(", ", new[] { edition.VenueName, edition.VenueAddress }.Where(s => !string.IsNullOrWhiteSpace(s))),
                Description = $"{edition.Title} — {edition.Moment(day.StartsUtc)}.",
                Url = edition.Website is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null,
            });
        }

        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
