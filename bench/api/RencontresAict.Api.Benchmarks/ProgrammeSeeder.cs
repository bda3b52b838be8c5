using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Settings;

namespace RencontresAict.Api.Benchmarks;

/// <summary>
/// Generates a site of 10,000 sessions with the 13th edition's content types: edition 13 (the current one) has the
/// printed programme's 11 sessions, editions 1–100 otherwise 100 each, edition 101 the remaining 89. Sessions are
/// created through ContentManager, so every index row is real.
/// </summary>
public static class ProgrammeSeeder
{
    public const int Editions = 101;
    public const int Sessions = 10_000;

    public static int SessionsOf(int edition) => edition switch { 13 => 11, 101 => 89, _ => 100 };

    public static async Task SeedAsync(IServiceProvider services)
    {
        await InScopeAsync(services, async sp =>
        {
            var definitions = sp.GetRequiredService<ContentDefinitionManager>();
            var document = await definitions.LoadForUpdateAsync();
            var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "definitions.json")))!;
            document.ContentTypeDefinitionRecords.AddRange(file["ContentTypes"].Deserialize<List<ContentTypeDefinitionRecord>>(ContentJson.Options)!);
            document.ContentPartDefinitionRecords.AddRange(file["ContentParts"].Deserialize<List<ContentPartDefinitionRecord>>(ContentJson.Options)!);
            await definitions.SaveAsync(document);
            var content = sp.GetRequiredService<ContentManager>();
            await CreateAsync(content, "Venue", "venue", "Cité des Sciences et de l'Industrie", null, new JsonObject
            {
                ["Venue"] = new JsonObject
                {
                    ["StreetAddress"] = Text("30, avenue Corentin-Cariou"), ["PostalCode"] = Text("75019"), ["City"] = Text("Paris"),
                    ["Country"] = Text("France"), ["Latitude"] = Value(48.8956), ["Longitude"] = Value(2.3881),
                },
            });
            for (var s = 0; s < 50; s++)
            {
                await CreateAsync(content, "Speaker", $"speaker{s:000}", $"Intervenant {s}", $"intervenants/intervenant-{s}", []);
            }

            var settings = sp.GetRequiredService<SiteSettingsService>();
            var site = await settings.GetAsync();
            site.Properties["RencontresSettings"] = new JsonObject { ["CurrentEditionContentItemId"] = "edition013" };
            await settings.SaveAsync(site);
        });

        for (var e = 1; e <= Editions; e++)
        {
            var edition = e;
            await InScopeAsync(services, sp => SeedEditionAsync(sp.GetRequiredService<ContentManager>(), edition));
        }
    }

    private static async Task SeedEditionAsync(ContentManager content, int number)
    {
        var id = $"edition{number:000}";
        var first = new DateTime(2010 + number % 15, 6, 20, 7, 0, 0, DateTimeKind.Utc).AddDays(number);
        await CreateAsync(content, "Edition", id, $"Rencontres de l'AICT — {number}e édition", $"edition-{number}", new JsonObject
        {
            ["Edition"] = new JsonObject
            {
                ["Number"] = Value(number), ["StartsAt"] = Date(first), ["EndsAt"] = Date(first.AddDays(1).AddHours(9)),
                ["TimeZone"] = Text("Europe/Paris"), ["Venue"] = Ids("venue"),
            },
        });
        for (var s = 0; s < SessionsOf(number); s++)
        {
            var starts = first.AddDays(s / 50).AddMinutes(s % 50 * 10);
            await CreateAsync(content, "Session", $"e{number:000}session{s:000}", $"Séance {s} de la {number}e édition", $"edition-{number}/seance-{s}", new JsonObject
            {
                ["HtmlBodyPart"] = new JsonObject { ["Html"] = $"<p>Échanges entre collectivités, séance {s}.</p>" },
                ["Session"] = new JsonObject
                {
                    ["Edition"] = Ids(id), ["StartsAt"] = Date(starts), ["EndsAt"] = Date(starts.AddMinutes(90)),
                    ["Room"] = Text($"Salle {s % 8}"), ["Speakers"] = Ids($"speaker{s % 50:000}", $"speaker{(s + 7) % 50:000}"),
                    ["Cancelled"] = new JsonObject { ["Value"] = s % 40 == 39 },
                },
            });
        }
    }

    private static async Task CreateAsync(ContentManager content, string type, string id, string title, string? path, JsonObject parts)
    {
        var item = await content.NewAsync(type);
        item.ContentItemId = id;
        item.DisplayText = title;
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        if (path is not null)
        {
            item.GetOrCreatePart("AutoroutePart")["Path"] = path;
        }

        JsonPaths.Merge(item.Content, parts);
        await content.CreateAsync(item);
    }

    private static async Task InScopeAsync(IServiceProvider services, Func<IServiceProvider, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
    }

    private static JsonObject Text(string text) => new() { ["Text"] = text };

    private static JsonObject Value(double value) => new() { ["Value"] = value };

    private static JsonObject Date(DateTime utc) => new() { ["Value"] = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) };

    private static JsonObject Ids(params string[] ids) => new() { ["ContentItemIds"] = new JsonArray([.. ids.Select(i => JsonValue.Create(i))]) };
}
