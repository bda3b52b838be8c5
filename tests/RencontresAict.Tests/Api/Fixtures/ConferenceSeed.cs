using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Tests.Api.Fixtures;

/// <summary>
/// A small 13th edition (20–21 June 2022 in Paris, UTC+2): a venue, formats, a speaker, four published sessions
/// (one cancelled, one without room), one draft session and one registration. Ids are fixed so tests can name them.
/// </summary>
public static class ConferenceSeed
{
    public const string Edition = "edition13";
    public const string Venue = "venue-cite-des-sciences";
    public const string Speaker = "speaker-rebsamen";
    public const string Formats = "taxonomy-formats";
    public const string Plenary = "format-pleniere";
    public const string Workshop = "format-atelier";
    public const string Opening = "session-ouverture";
    public const string CountryPoints = "session-points-pays";
    public const string WaterWorkshop = "session-atelier-eau";
    public const string Cancelled = "session-annulee";
    public const string Draft = "session-brouillon";
    public const string Registration = "registration-jeanne";

    public static async Task SeedAsync(ApiSite site)
    {
        await site.InScopeAsync(ConferenceDefinitions.AddAsync);
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            foreach (var item in Items())
            {
                await CreateAsync(content, item);
            }

            var settings = sp.GetRequiredService<SiteSettingsService>();
            var site = await settings.GetAsync();
            site.Properties["RencontresSettings"] = new JsonObject { ["CurrentEditionContentItemId"] = Edition };
            await settings.SaveAsync(site);
        });
    }

    /// <summary>Creates an item from its Orchard JSON with the id it names, published when its JSON says so.</summary>
    public static async Task<ContentItem> CreateAsync(ContentManager content, string json)
    {
        var model = ContentItemJsonConverter.FromJson(JsonNode.Parse(json)!.AsObject());
        var item = await content.NewAsync(model.ContentType);
        item.ContentItemId = model.ContentItemId;
        item.DisplayText = model.DisplayText;
        JsonPaths.Merge(item.Content, model.Content);
        await content.CreateAsync(item, publish: model.Published);
        return item;
    }

    /// <summary>A session in the seeded edition, published unless said otherwise.</summary>
    public static string Session(string id, string title, string startsUtc, string endsUtc, string room = "", string format = Workshop,
        bool cancelled = false, bool published = true, string[]? speakers = null) => $$"""
        { "ContentItemId": "{{id}}", "ContentType": "Session", "DisplayText": "{{title}}", "Latest": true, "Published": {{(published ? "true" : "false")}},
          "TitlePart": { "Title": "{{title}}" }, "AutoroutePart": { "Path": "programme/{{id}}" },
          "HtmlBodyPart": { "Html": "<p>Séance <strong>{{title}}</strong> &amp; échanges.</p>" },
          "Session": { "Edition": { "ContentItemIds": ["{{Edition}}"] },
            "Format": { "TaxonomyContentItemId": "{{Formats}}", "TermContentItemIds": ["{{format}}"] },
            "StartsAt": { "Value": "{{startsUtc}}" }, "EndsAt": { "Value": "{{endsUtc}}" }, "Room": { "Text": "{{room}}" },
            "Speakers": { "ContentItemIds": [{{string.Join(",", (speakers ?? []).Select(s => $"\"{s}\""))}}] },
            "Cancelled": { "Value": {{(cancelled ? "true" : "false")}} } } }
        """;

    private static IEnumerable<string> Items()
    {
        yield return $$"""
            { "ContentItemId": "{{Venue}}", "ContentType": "Venue", "DisplayText": "Cité des Sciences et de l'Industrie", "Latest": true, "Published": true,
              "TitlePart": { "Title": "Cité des Sciences et de l'Industrie" },
              "Venue": { "StreetAddress": { "Text": "30, avenue Corentin-Cariou" }, "PostalCode": { "Text": "75019" }, "City": { "Text": "Paris" },
                "Country": { "Text": "France" }, "Latitude": { "Value": 48.8956 }, "Longitude": { "Value": 2.3881 } } }
            """;
        yield return """{ "ContentItemId": "partner-cuf", "ContentType": "Partner", "DisplayText": "Cités Unies France", "Latest": true, "Published": true, "TitlePart": { "Title": "Cités Unies France" } }""";
        yield return $$"""
            { "ContentItemId": "{{Formats}}", "ContentType": "Taxonomy", "DisplayText": "Formats", "Latest": true, "Published": true,
              "TitlePart": { "Title": "Formats" }, "TaxonomyPart": { "TermContentType": "Format", "Terms": [
                { "ContentItemId": "{{Plenary}}", "ContentType": "Format", "DisplayText": "Conférence plénière", "TitlePart": { "Title": "Conférence plénière" } },
                { "ContentItemId": "{{Workshop}}", "ContentType": "Format", "DisplayText": "Atelier thématique", "TitlePart": { "Title": "Atelier thématique" } } ] } }
            """;
        yield return $$"""
            { "ContentItemId": "{{Speaker}}", "ContentType": "Speaker", "DisplayText": "François Rebsamen", "Latest": true, "Published": true,
              "TitlePart": { "Title": "François Rebsamen" }, "AutoroutePart": { "Path": "intervenants/francois-rebsamen" },
              "Speaker": { "Functions": { "Values": ["Président de Cités Unies France"] }, "Organisation": { "Text": "Cités Unies France" } } }
            """;
        yield return $$"""
            { "ContentItemId": "{{Edition}}", "ContentType": "Edition", "DisplayText": "Rencontres de l'AICT 2022 — 13e édition", "Latest": true, "Published": true,
              "TitlePart": { "Title": "Rencontres de l'AICT 2022 — 13e édition" }, "AutoroutePart": { "Path": "2022" },
              "Edition": { "Number": { "Value": 13 }, "Theme": { "Text": "Les défis communs des territoires" }, "Tagline": { "Text": "Agir ensemble" },
                "StartsAt": { "Value": "2022-06-20T07:00:00Z" }, "EndsAt": { "Value": "2022-06-21T15:00:00Z" }, "TimeZone": { "Text": "Europe/Paris" },
                "Venue": { "ContentItemIds": ["{{Venue}}"] }, "Organiser": { "ContentItemIds": ["partner-cuf"] } } }
            """;
        yield return Session(Opening, "Ouverture des Rencontres", "2022-06-20T07:30:00Z", "2022-06-20T08:30:00Z", "Amphithéâtre Gaston Berger", Plenary, speakers: [Speaker]);
        yield return Session(CountryPoints, "Points pays", "2022-06-20T12:30:00Z", "2022-06-20T14:00:00Z");
        yield return Session(WaterWorkshop, "Atelier : l'eau, un bien commun", "2022-06-21T08:00:00Z", "2022-06-21T09:30:00Z", "Salle Louis Armand");
        yield return Session(Cancelled, "Table ronde annulée", "2022-06-21T12:00:00Z", "2022-06-21T13:00:00Z", "Salle Louis Armand", cancelled: true);
        yield return Session(Draft, "Séance en préparation", "2022-06-21T14:00:00Z", "2022-06-21T15:00:00Z", published: false);
        yield return $$"""
            { "ContentItemId": "{{Registration}}", "ContentType": "Registration", "DisplayText": "Inscription de Jeanne Martin", "Latest": true, "Published": true,
              "TitlePart": { "Title": "Inscription de Jeanne Martin" },
              "Registration": { "Email": { "Text": "jeanne.martin@example.org" }, "Edition": { "ContentItemIds": ["{{Edition}}"] } } }
            """;
    }
}
