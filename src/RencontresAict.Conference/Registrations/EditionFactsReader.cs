using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Settings;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Reads an edition (by id, or the site's current one), its venue and its days (from its sessions) into <see cref="EditionFacts"/>. An edition is read
/// once per scope: a registration post checks the window, then registers, and both see the same facts. Its title in
/// other languages comes from the items of its localization set.
/// </summary>
public sealed class EditionFactsReader(ContentManager content, SiteSettingsService settings, LocalizedContentQuery localized, ParsedDocumentCache cache)
{
    private readonly Dictionary<string, EditionFacts?> _read = new(StringComparer.Ordinal);

    /// <param name="editionId">An edition's content item id; empty or null: RencontresSettings.CurrentEditionContentItemId.</param>
    public async Task<EditionFacts?> ReadAsync(string? editionId)
    {
        var id = string.IsNullOrWhiteSpace(editionId) ? await settings.GetCurrentEditionIdAsync() : editionId;
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        if (!_read.TryGetValue(id, out var facts))
        {
            facts = await LoadAsync(id);
            _read[id] = facts;
        }

        return facts;
    }

    private async Task<EditionFacts?> LoadAsync(string id)
    {
        var item = await content.GetAsync(id);
        if (item is null || item.ContentType != "Edition")
        {
            return null;
        }

        var venueId = JsonPaths.GetStrings(item.Content, "Edition", "Venue", "ContentItemIds") is [var first, ..] ? first : null;
        var venue = venueId is null ? null : await content.GetAsync(venueId);
        var zone = await settings.GetEditionTimeZoneAsync(item);
        var cultures = await localized.GetCulturesAsync();
        var titles = (await localized.GetPublishedTitlesAsync(item)).Where(t => cultures.Serves(t.Key))
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.OrdinalIgnoreCase);

        return new EditionFacts
        {
            Item = item,
            Titles = titles,
            StartsUtc = JsonPaths.GetDateTime(item.Content, "Edition", "StartsAt", "Value"),
            EndsUtc = JsonPaths.GetDateTime(item.Content, "Edition", "EndsAt", "Value"),
            RegistrationOpensUtc = JsonPaths.GetDateTime(item.Content, "Edition", "RegistrationOpensAt", "Value"),
            RegistrationClosesUtc = JsonPaths.GetDateTime(item.Content, "Edition", "RegistrationClosesAt", "Value"),
            Capacity = JsonPaths.GetDecimal(item.Content, "Edition", "Capacity", "Value") is { } capacity ? (int)capacity : null,
            Zone = zone,
            VenueName = venue?.DisplayText,
            VenueAddress = venue is null ? null : string.Join(", ", new[]
            {
                Text(venue, "Venue", "StreetAddress"), $"{Text(venue, "Venue", "PostalCode")} {Text(venue, "Venue", "City")}".Trim(),
            }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Website = JsonPaths.GetString(item.Content, "Edition", "MiniSite", "Url") ?? JsonPaths.GetString(item.Content, "Edition", "Website", "Url"),
            ContactEmail = Text(item, "Edition", "ContactEmail"),
            ContactPhone = Text(item, "Edition", "ContactPhone"),
            Days = AttendanceDay.FromSessions(await SessionTimesAsync(id), zone),
        };
    }

    /// <summary>
    /// The start and end of the edition's published sessions that are not cancelled (Session.Edition in ContentFieldIndex).
    /// Each session's times are parsed once per stored version and shared (<see cref="ParsedDocumentCache"/>): a post
    /// reads the sessions' stamps, not their documents.
    /// </summary>
    private async Task<IEnumerable<(DateTime, DateTime?)>> SessionTimesAsync(string editionId)
    {
        var stamps = await content.Store.Session.QueryAsync<DocumentStamp>(
            """
            SELECT d.Id, d.Version FROM ContentFieldIndex i JOIN Document d ON d.Id = i.DocumentId
            WHERE i.ContentType = 'Session' AND i.ContentPart = 'Session' AND i.ContentField = 'Edition' AND i.Text = @editionId AND i.Published = 1
            ORDER BY d.Id
            """,
            new { editionId });
        var times = new List<(DateTime, DateTime?)>();
        foreach (var stamp in stamps.Distinct())
        {
            if (await content.Store.Session.GetParsedAsync(stamp, cache, SessionTimes.Parse) is { Cancelled: false, StartsUtc: { } starts } session)
            {
                times.Add((starts, session.EndsUtc));
            }
        }

        return times;
    }

    /// <summary>What the edition's facts read of a session, kept instead of the parsed session.</summary>
    private sealed record SessionTimes(DateTime? StartsUtc, DateTime? EndsUtc, bool Cancelled)
    {
        public static SessionTimes Parse(StoredDocument row)
        {
            var item = ContentItemStore.Parse(row);
            return new SessionTimes(
                JsonPaths.GetDateTime(item.Content, "Session", "StartsAt", "Value"),
                JsonPaths.GetDateTime(item.Content, "Session", "EndsAt", "Value"),
                JsonPaths.GetBoolean(item.Content, "Session", "Cancelled", "Value") == true);
        }
    }

    private static string? Text(ContentItem item, string part, string field) =>
        JsonPaths.GetString(item.Content, part, field, "Text") is { Length: > 0 } text ? text.Trim() : null;
}
