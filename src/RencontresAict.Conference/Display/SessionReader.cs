using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>A Session item as a <see cref="SessionModel"/>: its times in the edition's zone, its formats and speakers.</summary>
public sealed class SessionReader(FormatCatalog formats, SpeakerReader speakers)
{
    public async Task<SessionModel> ReadAsync(ContentItem item, TimeZoneInfo zone)
    {
        var start = Local(FieldValues.Date(item, "Session", "StartsAt"), zone);
        var end = Local(FieldValues.Date(item, "Session", "EndsAt"), zone);
        var terms = new List<FormatModel>();
        foreach (var id in FieldValues.Terms(item, "Session", "Format"))
        {
            if (await formats.FindAsync(id) is { } format)
            {
                terms.Add(format);
            }
        }

        return new SessionModel
        {
            Item = item,
            Title = item.DisplayText ?? "",
            Url = FieldValues.Url(item),
            Start = start,
            End = end,
            DayHeading = start is { } d ? Capitalize(VisitorDates.LongDate(d)) : null,
            TimeText = start is { } s ? (end is { } e ? VisitorDates.TimeRange(s, e) : VisitorDates.Time(s)) : null,
            StartText = start is { } st ? VisitorDates.Time(st) : null,
            EndText = end is { } et ? VisitorDates.Time(et) : null,
            StartIso = start is { } si ? FrenchDates.Iso(si) : null,
            EndIso = end is { } ei ? FrenchDates.Iso(ei) : null,
            Room = FieldValues.Text(item, "Session", "Room"),
            Cancelled = FieldValues.Boolean(item, "Session", "Cancelled"),
            Formats = terms,
            Speakers = await speakers.GetManyAsync(FieldValues.Picked(item, "Session", "Speakers")),
        };
    }

    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static DateTimeOffset? Local(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } value ? FrenchDates.InZone(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)), zone) : null;
}
