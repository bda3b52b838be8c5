using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using RencontresAict.Content.Liquid;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>
/// schema.org Event JSON-LD for an edition (whose superEvent is the series), for each session (whose superEvent is the
/// edition) and for the series itself (an EventSeries whose subEvents are the editions), built as JSON nodes and serialized with an encoder that escapes &lt; &gt; &amp;, so no text can close the script element.
/// </summary>
public static class EventJsonLdBuilder
{
    /// <summary>The yearly series every edition belongs to.</summary>
    public const string SeriesName = "Rencontres de l'action internationale des collectivités territoriales (AICT)";

    /// <summary>The page that lists every edition of the series.</summary>
    public const string SeriesPath = "/editions";

    private static readonly JsonSerializerOptions _options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string ForEdition(EditionModel edition, string baseUrl) => Serialize(EditionEvent(edition, baseUrl, withContext: true));

    /// <summary>The series page (<c>/editions</c>): an EventSeries with every published edition as a subEvent.</summary>
    public static string ForSeries(IReadOnlyList<EditionModel> editions, string baseUrl)
    {
        var subEvents = new JsonArray();
        foreach (var edition in editions)
        {
            var node = EditionEvent(edition, baseUrl, withContext: false);
            node.Remove("superEvent");
            subEvents.Add(node);
        }

        return Serialize(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "EventSeries",
            ["name"] = SeriesName,
            ["url"] = Absolute(baseUrl, SeriesPath),
            ["inLanguage"] = Language,
            ["organizer"] = editions.Count > 0 ? Organizer(editions[^1]) : null,
            ["subEvent"] = subEvents,
        });
    }

    /// <summary>The page's language (schema.org inLanguage): "en" under /en, else "fr".</summary>
    private static string Language => VisitorDates.IsEnglish ? "en" : "fr";

    public static string ForSession(SessionModel session, EditionModel edition, string baseUrl)
    {
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = session.Title,
            ["startDate"] = session.StartIso ?? edition.StartIso,
            ["endDate"] = session.EndIso,
            ["eventStatus"] = session.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["inLanguage"] = Language,
            ["url"] = Absolute(baseUrl, session.Url),
            ["location"] = Location(edition.Venue),
            ["organizer"] = Organizer(edition),
            ["superEvent"] = EditionEvent(edition, baseUrl, withContext: false),
        };
        return Serialize(node);
    }

    private static JsonObject EditionEvent(EditionModel edition, string baseUrl, bool withContext)
    {
        var node = new JsonObject();
        if (withContext)
        {
            node["@context"] = "https://schema.org";
        }

        node["@type"] = "Event";
        node["name"] = edition.Title;
        node["description"] = edition.Theme;
        node["startDate"] = edition.StartIso;
        node["endDate"] = edition.EndIso;
        node["eventStatus"] = "https://schema.org/EventScheduled";
        node["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
        node["inLanguage"] = Language;
        node["url"] = Absolute(baseUrl, edition.Url ?? "/");
        node["location"] = Location(edition.Venue);
        node["organizer"] = Organizer(edition);
        node["superEvent"] = new JsonObject
        {
            ["@type"] = "EventSeries",
            ["name"] = SeriesName,
            ["url"] = Absolute(baseUrl, SeriesPath),
            ["organizer"] = Organizer(edition),
        };
        return node;
    }

    private static JsonObject? Location(VenueModel? venue) => venue is null ? null : new JsonObject
    {
        ["@type"] = "Place",
        ["name"] = venue.Name,
        ["address"] = new JsonObject
        {
            ["@type"] = "PostalAddress",
            ["streetAddress"] = venue.StreetAddress,
            ["postalCode"] = venue.PostalCode,
            ["addressLocality"] = venue.City,
            ["addressCountry"] = venue.Country,
        },
        ["geo"] = venue.Latitude is { } lat && venue.Longitude is { } lon
            ? new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon }
            : null,
    };

    private static JsonObject? Organizer(EditionModel edition) => edition.Organiser is not { } organiser ? null : new JsonObject
    {
        ["@type"] = "Organization",
        ["name"] = organiser.Name,
        ["url"] = organiser.Website?.Url ?? edition.Website?.Url,
    };

    private static string? Absolute(string baseUrl, string? path) => path is null ? null : baseUrl.TrimEnd('/') + path;

    /// <summary>Null properties are left out, as the JSON-LD of a field nobody filled in.</summary>
    private static string Serialize(JsonObject node)
    {
        RemoveNulls(node);
        return node.ToJsonString(_options);
    }

    private static void RemoveNulls(JsonObject node)
    {
        foreach (var (key, value) in node.ToList())
        {
            if (value is null)
            {
                node.Remove(key);
            }
            else if (value is JsonObject child)
            {
                RemoveNulls(child);
            }
            else if (value is JsonArray items)
            {
                foreach (var item in items.OfType<JsonObject>())
                {
                    RemoveNulls(item);
                }
            }
        }
    }
}
