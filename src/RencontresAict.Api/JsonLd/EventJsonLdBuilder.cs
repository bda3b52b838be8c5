using System.Globalization;
using System.Text.Json.Nodes;
using RencontresAict.Api.Programme;

namespace RencontresAict.Api.JsonLd;

/// <summary>
/// schema.org JSON-LD for the theme to embed (<c>&lt;script type="application/ld+json"&gt;</c>): the edition as an
/// Event whose superEvent is the EventSeries of the Rencontres, each session as an Event whose superEvent is the
/// edition. Dates carry the edition's offset; the location is a Place with a PostalAddress and coordinates.
/// </summary>
public sealed class EventJsonLdBuilder(ProgrammeReader reader)
{
    public const string SeriesName = "Rencontres de l'action internationale des collectivités territoriales (AICT)";
    public const string DefaultOrganiser = "Cités Unies France";

    public async Task<JsonObject?> ForCurrentEditionAsync(string baseUrl) =>
        await reader.ReadCurrentAsync(baseUrl) is { } programme ? Edition(programme) : null;

    public async Task<JsonObject?> ForSessionAsync(string contentItemId, string baseUrl) =>
        await reader.ReadSessionAsync(contentItemId, baseUrl) is { Sessions: [var session] } programme ? Session(programme, session) : null;

    public static JsonObject Edition(ProgrammeSnapshot programme)
    {
        var edition = programme.Edition;
        var node = Event(programme, edition.Title, edition.StartsAtUtc, edition.EndsAtUtc, edition.Url, cancelled: false, room: null);
        node["@context"] = "https://schema.org";
        if (string.Join(" — ", new[] { edition.Theme, edition.Tagline }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } description)
        {
            node["description"] = description;
        }

        node["superEvent"] = new JsonObject { ["@type"] = "EventSeries", ["name"] = SeriesName, ["organizer"] = Organizer(programme) };
        return node;
    }

    public static JsonObject Session(ProgrammeSnapshot programme, SessionInfo session)
    {
        var node = Event(programme, session.Title, session.StartsAtUtc, session.EndsAtUtc, session.Url, session.Cancelled, session.Room);
        node["@context"] = "https://schema.org";
        if (HtmlText.ToPlainText(session.DescriptionHtml) is { Length: > 0 } description)
        {
            node["description"] = description;
        }

        if (session.Speakers.Count > 0)
        {
            node["performer"] = new JsonArray([.. session.Speakers.Select(Person)]);
        }

        var edition = Edition(programme);
        edition.Remove("@context");
        node["superEvent"] = edition;
        return node;
    }

    private static JsonObject Event(ProgrammeSnapshot programme, string name, DateTime? startsUtc, DateTime? endsUtc, string? url, bool cancelled, string? room)
    {
        var node = new JsonObject { ["@type"] = "Event", ["name"] = name };
        if (url is not null)
        {
            node["@id"] = url + "#event";
            node["url"] = url;
        }

        if (startsUtc is { } starts)
        {
            node["startDate"] = Date(programme, starts);
        }

        if (endsUtc is { } ends)
        {
            node["endDate"] = Date(programme, ends);
        }

        node["eventStatus"] = cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled";
        node["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
        if (programme.Venue is { } venue)
        {
            node["location"] = Place(venue, room);
        }

        node["organizer"] = Organizer(programme);
        return node;
    }

    private static JsonObject Place(VenueInfo venue, string? room)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        Set(address, "streetAddress", venue.StreetAddress);
        Set(address, "postalCode", venue.PostalCode);
        Set(address, "addressLocality", venue.City);
        Set(address, "addressCountry", venue.Country);
        var place = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = string.IsNullOrWhiteSpace(room) ? venue.Name : $"{room} — {venue.Name}",
            ["address"] = address,
        };
        if (venue is { Latitude: { } lat, Longitude: { } lon })
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
        }

        return place;
    }

    private static JsonObject Organizer(ProgrammeSnapshot programme) =>
        new() { ["@type"] = "Organization", ["name"] = programme.Edition.Organiser ?? DefaultOrganiser };

    private static JsonObject Person(PersonInfo person)
    {
        var node = new JsonObject { ["@type"] = "Person", ["name"] = person.Name };
        Set(node, "url", person.Url);
        return node;
    }

    private static string Date(ProgrammeSnapshot programme, DateTime utc) =>
        programme.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Set(JsonObject node, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            node[key] = value;
        }
    }
}
