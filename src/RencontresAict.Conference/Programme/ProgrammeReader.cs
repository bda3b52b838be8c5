using System.Text.Json.Nodes;
using RencontresAict.Api.Queries;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Conference.Programme;

/// <summary>
/// Reads an edition's programme for the exports: the sessions whose Session.Edition is the edition, ordered by
/// Session.StartsAt through ContentFieldIndex, then their speakers, formats and venue in a few batched loads. Under /en
/// the English items stand for their French ones (titles, descriptions, links); the French items are read elsewhere.
/// </summary>
public sealed class ProgrammeReader(
    ContentManager content, ContentQueryRunner queries, SiteSettingsService site, SiteBaseUrl siteUrl, CalendarSequenceStore sequences,
    LocalizedContentQuery localized)
{
    /// <summary>The current edition's programme, or null when the site names no published current edition.</summary>
    public async Task<ProgrammeSnapshot?> ReadCurrentAsync()
    {
        var editionId = await site.GetCurrentEditionIdAsync();
        var edition = editionId is null ? null : await content.GetAsync(editionId);
        return edition is null ? null : await ReadEditionAsync(await localized.ForCurrentCultureAsync(edition));
    }

    /// <summary>The programme of the published edition that starts in <paramref name="year"/> (in its zone), or null.</summary>
    public async Task<ProgrammeSnapshot?> ReadYearAsync(int year)
    {
        var query = new ContentQuery { ContentType = "Edition" };
        foreach (var edition in await localized.ForCurrentCultureAsync(await queries.ListAsync(query)))
        {
            if (JsonPaths.GetDateTime(edition.Content, "Edition", "StartsAt", "Value") is { } starts
                && TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(starts, DateTimeKind.Utc), await site.GetEditionTimeZoneAsync(edition)).Year == year)
            {
                return await ReadEditionAsync(edition);
            }
        }

        return null;
    }

    private async Task<ProgrammeSnapshot> ReadEditionAsync(ContentItem edition)
    {
        var query = new ContentQuery { ContentType = "Session" };
        query.Filters.Add(new(new("Session", "Edition", "Text"), FilterOperator.Equals, await localized.DefaultCultureIdAsync(edition)));
        query.Orders.Add(new(new("Session", "StartsAt", "Date"), Descending: false));
        return await BuildAsync(edition, await localized.ForCurrentCultureAsync(await queries.ListAsync(query)));
    }

    /// <summary>One published session with its edition, or null when it is not a published session.</summary>
    public async Task<ProgrammeSnapshot?> ReadSessionAsync(string contentItemId)
    {
        var session = await content.GetAsync(contentItemId);
        if (session is not { ContentType: "Session" })
        {
            return null;
        }

        var editionId = FirstId(session, "Session", "Edition");
        var edition = editionId is null ? null : await content.GetAsync(editionId);
        return edition is null ? null : await BuildAsync(edition, [session]);
    }

    private async Task<ProgrammeSnapshot> BuildAsync(ContentItem edition, IReadOnlyList<ContentItem> sessionItems)
    {
        var baseUrl = await siteUrl.GetAsync();
        var zone = await site.GetEditionTimeZoneAsync(edition);
        var scheduled = sessionItems.Where(s => JsonPaths.GetDateTime(s.Content, "Session", "StartsAt", "Value") is not null).ToList();

        var ids = scheduled.Select(s => s.ContentItemId).Append(edition.ContentItemId).ToList();
        var sequenceById = await sequences.GetSequencesAsync(ids);
        var numericIds = await queries.GetFirstDocumentIdsAsync(ids);
        var speakerIds = scheduled.SelectMany(s => JsonPaths.GetStrings(s.Content, "Session", "Speakers", "ContentItemIds")).Distinct().ToList();
        var speakers = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var speaker in await queries.LoadItemsAsync(speakerIds))
        {
            speakers[speaker.ContentItemId] = await localized.ForCurrentCultureAsync(speaker);
        }

        var terms = await LoadTermNamesAsync(scheduled);
        var venueId = FirstId(edition, "Edition", "Venue");
        var venue = venueId is null || await content.GetAsync(venueId) is not { } venueItem ? null : await localized.ForCurrentCultureAsync(venueItem);

        var sessions = scheduled.Select(s =>
        {
            var starts = JsonPaths.GetDateTime(s.Content, "Session", "StartsAt", "Value")!.Value;
            var ends = JsonPaths.GetDateTime(s.Content, "Session", "EndsAt", "Value") is { } e && e >= starts ? e : starts;
            return new SessionInfo(
                s, numericIds.GetValueOrDefault(s.ContentItemId, 1), s.DisplayText ?? "", Description(s), starts, ends,
                FieldText(s, "Session", "Room"), JsonPaths.GetBoolean(s.Content, "Session", "Cancelled", "Value") == true,
                JsonPaths.GetStrings(s.Content, "Session", "Format", "TermContentItemIds").Select(id => terms.GetValueOrDefault(id)).OfType<string>().ToList(),
                JsonPaths.GetStrings(s.Content, "Session", "Speakers", "ContentItemIds").Where(speakers.ContainsKey)
                    .Select(id => new PersonInfo(id, speakers[id].DisplayText ?? id, UrlOf(speakers[id], baseUrl))).ToList(),
                UrlOf(s, baseUrl), sequenceById.GetValueOrDefault(s.ContentItemId));
        }).ToList();

        return new ProgrammeSnapshot(ReadEdition(edition, baseUrl, sequenceById.GetValueOrDefault(edition.ContentItemId), await OrganiserAsync(edition)),
            venue is null ? null : ReadVenue(venue), zone.Id, zone, sessions, baseUrl);
    }

    private static EditionInfo ReadEdition(ContentItem edition, string baseUrl, int sequence, string? organiser) => new(
        edition,
        JsonPaths.GetDecimal(edition.Content, "Edition", "Number", "Value") is { } n ? (int)n : null,
        edition.DisplayText ?? "Rencontres de l'AICT",
        FieldText(edition, "Edition", "Theme"),
        FieldText(edition, "Edition", "Tagline"),
        JsonPaths.GetDateTime(edition.Content, "Edition", "StartsAt", "Value"),
        JsonPaths.GetDateTime(edition.Content, "Edition", "EndsAt", "Value"),
        UrlOf(edition, baseUrl) ?? baseUrl + "/",
        organiser,
        sequence);

    private static VenueInfo ReadVenue(ContentItem venue) => new(
        venue.ContentItemId, venue.DisplayText ?? "",
        FieldText(venue, "Venue", "StreetAddress"), FieldText(venue, "Venue", "PostalCode"), FieldText(venue, "Venue", "City"),
        FieldText(venue, "Venue", "Country"),
        (double?)JsonPaths.GetDecimal(venue.Content, "Venue", "Latitude", "Value"),
        (double?)JsonPaths.GetDecimal(venue.Content, "Venue", "Longitude", "Value"));

    private async Task<string?> OrganiserAsync(ContentItem edition)
    {
        if (FieldText(edition, "Edition", "Organiser") is { } text)
        {
            return text;
        }

        var id = FirstId(edition, "Edition", "Organiser");
        return id is null ? null : (await content.GetAsync(id))?.DisplayText;
    }

    /// <summary>Term names by id: terms live inside their taxonomy (TaxonomyPart.Terms), as in Orchard.</summary>
    private async Task<Dictionary<string, string>> LoadTermNamesAsync(IReadOnlyList<ContentItem> sessions)
    {
        var taxonomyIds = sessions.Select(s => JsonPaths.GetString(s.Content, "Session", "Format", "TaxonomyContentItemId"))
            .OfType<string>().Distinct().ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var taxonomy in await queries.LoadItemsAsync(taxonomyIds))
        {
            CollectTerms(JsonPaths.Get(taxonomy.Content, "TaxonomyPart", "Terms") as JsonArray, names);
        }

        return names;
    }

    private static void CollectTerms(JsonArray? terms, Dictionary<string, string> names)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            var id = JsonPaths.GetString(term, "ContentItemId");
            var name = JsonPaths.GetString(term, "DisplayText") ?? JsonPaths.GetString(term, "TitlePart", "Title");
            if (id is not null && name is not null)
            {
                names[id] = name;
            }

            CollectTerms(JsonPaths.Get(term, "Terms") as JsonArray, names);
        }
    }

    private static string? Description(ContentItem session) =>
        session.GetText("HtmlBodyPart", "Html") ?? session.GetText("Session", "Description", "Html") ?? session.GetText("Session", "Description", "Text");

    private static string? FirstId(ContentItem item, string part, string field) =>
        JsonPaths.GetStrings(item.Content, part, field, "ContentItemIds") is [var first, ..] ? first : null;

    private static string? FieldText(ContentItem item, string part, string field) =>
        item.GetText(part, field, "Text") is { Length: > 0 } text ? text : null;

    private static string? UrlOf(ContentItem item, string baseUrl) =>
        item.GetText("AutoroutePart", "Path")?.Trim('/') is { Length: > 0 } path ? $"{baseUrl}/{path}" : null;
}
