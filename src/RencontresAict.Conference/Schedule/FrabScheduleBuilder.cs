using System.Globalization;
using System.Text;
using RencontresAict.Conference.Programme;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Conference.Schedule;

/// <summary>
/// Shapes a programme as the frab/c3voc schedule: sessions grouped by local day then room (a session with no room
/// goes to the venue's room), guids are UUID v5 of the content item ids, slugs are "{acronym}-{path slug}".
/// Cancelled sessions are left out, as pretalx leaves out slots that no longer take place.
/// </summary>
public static class FrabScheduleBuilder
{
    public const string DefaultRoomName = "Lieu principal";

    public static FrabSchedule Build(ProgrammeSnapshot programme)
    {
        var edition = programme.Edition;
        var acronym = edition.Acronym;
        var defaultRoom = programme.Venue?.Name is { Length: > 0 } venueName ? venueName : DefaultRoomName;
        var sessions = programme.Sessions.Where(s => !s.Cancelled).ToList();
        var rooms = new Dictionary<string, FrabRoom>(StringComparer.Ordinal);
        var tracks = new Dictionary<string, FrabTrack>(StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<FrabEvent>();
        foreach (var session in sessions)
        {
            var roomName = string.IsNullOrWhiteSpace(session.Room) ? defaultRoom : session.Room.Trim();
            if (!rooms.ContainsKey(roomName))
            {
                rooms[roomName] = new FrabRoom(roomName, NameBasedUuid.Create(NameBasedUuid.SiteNamespace, "room:" + roomName).ToString("D"), Slug(roomName, "room"));
            }

            var format = session.Formats.Count > 0 ? session.Formats[0] : null;
            if (format is not null && !tracks.ContainsKey(format))
            {
                tracks[format] = new FrabTrack(format, TrackSlug(format));
            }

            events.Add(new FrabEvent(
                NameBasedUuid.ForItem(session.ContentItemId), session.NumericId,
                programme.ToLocal(session.StartsAtUtc), programme.ToLocal(session.EndsAtUtc), roomName,
                UniqueSlug(acronym, session, slugs), session.Url ?? $"{programme.BaseUrl}/programme#{session.ContentItemId}",
                session.Title, format, format ?? "other", "fr", HtmlText.ToPlainText(session.DescriptionHtml),
                session.Speakers.Select(p => new FrabPerson(NameBasedUuid.ForItem(p.ContentItemId), p.Name, p.Url)).ToList()));
        }

        var days = events.GroupBy(e => DateOnly.FromDateTime(e.Start.DateTime)).OrderBy(g => g.Key)
            .Select((day, n) => new FrabDay(n + 1, day.Key, day.Min(e => e.Start), day.Max(e => e.End),
                day.GroupBy(e => e.Room).Select(r => new FrabDayRoom(rooms[r.Key], r.OrderBy(e => e.Start).ToList())).ToList()))
            .ToList();

        var first = edition.StartsAtUtc is { } s ? DateOnly.FromDateTime(programme.ToLocal(s).DateTime) : days.Count > 0 ? days[0].Date : DateOnly.FromDateTime(DateTime.UtcNow);
        var last = edition.EndsAtUtc is { } e ? DateOnly.FromDateTime(programme.ToLocal(e).DateTime) : days.Count > 0 ? days[^1].Date : first;
        var published = programme.Sessions.Select(x => x.Item.PublishedUtc).Append(edition.Item.PublishedUtc).Max() ?? DateTime.UnixEpoch;
        return new FrabSchedule(
            published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), acronym, edition.Title, first, last,
            programme.TimeZoneId, edition.Url ?? programme.BaseUrl + "/", programme.BaseUrl + "/",
            tracks.Values.ToList(), rooms.Values.ToList(), days);
    }

    /// <summary>Lower-case letters, digits, '-' and '_', ending with a letter or digit.</summary>
    public static string Slug(string text, string fallback)
    {
        var slug = new StringBuilder();
        foreach (var c in Slugifier.Slugify(text))
        {
            slug.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '-');
        }

        var result = slug.ToString().Trim('-', '_');
        return result.Length == 0 ? fallback : result;
    }

    private static string TrackSlug(string format)
    {
        var slug = Slug(format, "track");
        return slug[0] is >= 'a' and <= 'z' && slug.Length > 1 ? slug : "track-" + slug;
    }

    /// <summary>"{acronym}-{slug}" with at least four characters after the dash (XSD voc-slug-new), unique in the schedule.</summary>
    private static string UniqueSlug(string acronym, SessionInfo session, HashSet<string> taken)
    {
        var tail = Slug(session.PathSlug, session.ContentItemId);
        if (tail.Length < 4)
        {
            tail = $"{tail}-{session.NumericId}";
        }

        var slug = $"{acronym}-{tail}";
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{acronym}-{tail}-{n}";
        }

        return slug;
    }
}
