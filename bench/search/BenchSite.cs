using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RencontresAict.Content;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Search;
using RencontresAict.Search.Indexing;
using RencontresAict.Search.Models;
using RencontresAict.Search.Services;

namespace RencontresAict.Benchmarks.Search;

/// <summary>
/// A site on a temp folder with generated sessions (deterministic: the same seed gives the same programme), eleven
/// formats, five days in Paris time, and the "Search" index (French analysis) rebuilt over them.
/// </summary>
public sealed class BenchSite : IAsyncDisposable
{
    private static readonly string[] Formats =
        ["Conférence plénière", "Atelier thématique", "Point pays", "Micro-atelier", "Rencontres B to B", "Accueil", "Ouverture", "Pause", "Cocktail", "Cérémonie", "Clôture"];

    private static readonly string[] Themes =
        ["climat", "eau et assainissement", "santé", "éducation", "coopération décentralisée", "jeunesse", "culture", "agriculture",
         "gouvernance locale", "égalité femmes-hommes", "mobilité", "numérique", "énergie", "développement économique", "été des villes"];

    private static readonly string[] Places =
        ["Sénégal", "Maroc", "Liban", "Mali", "Québec", "Viêt Nam", "Madagascar", "Bénin", "Tunisie", "Haïti", "Arménie", "Colombie"];

    private readonly ServiceProvider _services;
    private readonly string _dataPath;

    private BenchSite(ServiceProvider services, string dataPath)
    {
        _services = services;
        _dataPath = dataPath;
    }

    public IServiceProvider Services => _services;

    public static async Task<BenchSite> StartAsync(int sessions)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Site:DataPath"] = dataPath }).Build());
        collection.AddContentEngine().AddSearch();
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var site = new BenchSite(services, dataPath);
        await site.SeedAsync(sessions);
        return site;
    }

    public async Task<int> RebuildAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LuceneIndexingService>().RebuildAsync("Search");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    private async Task SeedAsync(int sessions)
    {
        await InScopeAsync(DefineTypesAsync);
        var termIds = Formats.Select((_, i) => $"4benchformat{i:D14}").ToArray();
        await InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var taxonomy = await manager.NewAsync("Taxonomy");
            taxonomy.GetOrCreatePart("TitlePart")["Title"] = "Formats";
            taxonomy.GetOrCreatePart("TaxonomyPart")["Terms"] = new JsonArray(Formats.Select((f, i) =>
                (JsonNode)new JsonObject { ["ContentItemId"] = termIds[i], ["ContentType"] = "Format", ["DisplayText"] = f }).ToArray());
            await manager.CreateAsync(taxonomy);
            var random = new Random(13);
            var firstDay = new DateTime(2026, 6, 29, 6, 0, 0, DateTimeKind.Utc);
            for (var n = 1; n <= sessions; n++)
            {
                var format = random.Next(Formats.Length);
                var theme = Themes[random.Next(Themes.Length)];
                var place = Places[random.Next(Places.Length)];
                var item = await manager.NewAsync("Session");
                item.GetOrCreatePart("TitlePart")["Title"] = string.Create(CultureInfo.InvariantCulture, $"{Formats[format]} {n} : {theme} ({place})");
                item.GetOrCreatePart("HtmlBodyPart")["Html"] =
                    $"<p>Les collectivités territoriales du {place} et de France échangent sur {theme}. " +
                    $"Ateliers, retours d'expérience et l'avenir de la coopération ; café des élus à l'issue de la séance.</p>";
                var part = item.GetOrCreatePart("Session");
                part["Format"] = new JsonObject { ["TaxonomyContentItemId"] = taxonomy.ContentItemId, ["TermContentItemIds"] = new JsonArray(termIds[format]) };
                part["StartsAt"] = new JsonObject { ["Value"] = firstDay.AddDays(random.Next(5)).AddMinutes(30 * random.Next(24)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) };
                part["Room"] = new JsonObject { ["Text"] = $"Salle {random.Next(1, 30)}" };
                await manager.CreateAsync(item);
            }
        });

        // The index is defined after seeding, as a recipe's lucene-index step followed by lucene-index-rebuild.
        await InScopeAsync(sp => sp.GetRequiredService<LuceneIndexSettingsService>().SaveAsync(new LuceneIndexSettings
        {
            IndexName = "Search", AnalyzerName = "frenchanalyzer", IndexedContentTypes = ["Session"],
        }));
        await RebuildAsync();
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
    }

    private static async Task DefineTypesAsync(IServiceProvider services)
    {
        var manager = services.GetRequiredService<ContentDefinitionManager>();
        var document = await manager.LoadForUpdateAsync();
        ContentTypePartDefinitionRecord Part(string name) => new() { PartName = name, Name = name };
        var route = new ContentTypePartDefinitionRecord
        {
            PartName = "AutoroutePart", Name = "AutoroutePart",
            Settings = new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = "programme/{{ ContentItem | display_text | slugify }}" } },
        };
        document.ContentTypeDefinitionRecords.Add(new() { Name = "Session", DisplayName = "Session", ContentTypePartDefinitionRecords = [Part("TitlePart"), route, Part("HtmlBodyPart"), Part("Session")] });
        document.ContentTypeDefinitionRecords.Add(new() { Name = "Taxonomy", DisplayName = "Taxonomie", ContentTypePartDefinitionRecords = [Part("TitlePart"), Part("TaxonomyPart")] });
        document.ContentPartDefinitionRecords.Add(new()
        {
            Name = "Session",
            ContentPartFieldDefinitionRecords =
            [
                new() { FieldName = "TaxonomyField", Name = "Format" },
                new() { FieldName = "DateTimeField", Name = "StartsAt" },
                new() { FieldName = "TextField", Name = "Room" },
            ],
        });
        await manager.SaveAsync(document);
    }
}
