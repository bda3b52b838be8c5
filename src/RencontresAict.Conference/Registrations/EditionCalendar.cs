using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The edition as one iCalendar event (UTC start and end, venue, link), attached to confirmation e-mails, with its
/// title and description in the registrant's language (SUMMARY and DESCRIPTION carry RFC 5545's LANGUAGE parameter).
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
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{edition.Id}@rencontres-aict",
            Start = new CalDateTime(DateTime.SpecifyKind(start, DateTimeKind.Utc)),
            End = new CalDateTime(DateTime.SpecifyKind(edition.EndsUtc ?? start.AddHours(2), DateTimeKind.Utc)),
            DtStamp = new CalDateTime(stamp.UtcDateTime),
            Location = string.Join(", ", new[] { edition.VenueName, edition.VenueAddress }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Url = edition.Website is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null,
        };
        AddText(calendarEvent, "SUMMARY", title, language);
        AddText(calendarEvent, "DESCRIPTION", $"{title} — {edition.TimesIn(culture)}.", language);
        calendar.Events.Add(calendarEvent);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static void AddText(CalendarEvent calendarEvent, string name, string value, string language)
    {
        var property = new CalendarProperty(name, value);
        property.Parameters.Set("LANGUAGE", language);
        calendarEvent.Properties.Add(property);
    }
}
