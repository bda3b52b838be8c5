using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace RencontresAict.Conference.Registrations;

/// <summary>The edition as one iCalendar event (UTC start and end, venue, link), attached to confirmation e-mails.</summary>
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
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{edition.Id}@rencontres-aict",
            Summary = edition.Title,
            Start = new CalDateTime(DateTime.SpecifyKind(start, DateTimeKind.Utc)),
            End = new CalDateTime(DateTime.SpecifyKind(edition.EndsUtc ?? start.AddHours(2), DateTimeKind.Utc)),
            DtStamp = new CalDateTime(stamp.UtcDateTime),
            Location = string.Join(", ", new[] { edition.VenueName, edition.VenueAddress }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Description = $"{edition.Title} — {edition.TimesText}.",
            Url = edition.Website is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null,
        });
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
