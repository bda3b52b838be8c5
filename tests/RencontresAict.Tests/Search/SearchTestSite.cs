using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Settings;
using RencontresAict.Search;
using RencontresAict.Search.Indexing;
using RencontresAict.Search.Models;
using RencontresAict.Search.Queries;
using RencontresAict.Search.Searching;
using RencontresAict.Search.Services;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Search;

/// <summary>
/// A fresh engine with the search module, Session and Page types, the Formats taxonomy and a "Search" index:
/// each test starts its own and seeds only what it needs.
/// </summary>
public sealed class SearchTestSite : IAsyncDisposable
{
    public const string Atelier = "4fmtatelier00000000000000a";
    public const string Pleniere = "4fmtpleniere0000000000000p";

    private readonly IAsyncDisposable _owner;

    private SearchTestSite(IServiceProvider services, IAsyncDisposable owner)
    {
        Services = services;
        _owner = owner;
    }

    public IServiceProvider Services { get; }

    public static async Task<SearchTestSite> StartAsync(string analyzer = "frenchanalyzer", bool indexLatest = false, bool defineIndex = true)
    {
        var host = await ContentEngineHost.StartAsync(services => services.AddSearch());
        return await PrepareAsync(host.Services, host, analyzer, indexLatest, defineIndex);
    }

    /// <summary>Seeds the types, the Formats taxonomy and the index into a migrated site (an engine host or a web app).</summary>
    public static async Task<SearchTestSite> PrepareAsync(IServiceProvider services, IAsyncDisposable owner, string analyzer = "frenchanalyzer", bool indexLatest = false, bool defineIndex = true)
    {
        var site = new SearchTestSite(services, owner);
        await site.InScopeAsync(async sp =>
        {
            await DefineTypesAsync(sp);
            if (defineIndex)
            {
                await sp.GetRequiredService<LuceneIndexSettingsService>().SaveAsync(new LuceneIndexSettings
                {
                    IndexName = "Search", AnalyzerName = analyzer, IndexLatest = indexLatest, IndexedContentTypes = ["Session", "Page"],
                });
            }
        });
        await site.InScopeAsync(async sp =>
        {
            var formats = await sp.GetRequiredService<ContentManager>().NewAsync("Taxonomy");
            formats.ContentItemId = "4formatstaxonomy0000000000";
            formats.GetOrCreatePart("TitlePart")["Title"] = "Formats";
            formats.GetOrCreatePart("TaxonomyPart")["Terms"] = JsonNode.Parse($$$"""
                [{"ContentItemId":"{{{Atelier}}}","ContentType":"Format","DisplayText":"Atelier thématique","TitlePart":{"Title":"Atelier thématique"}},
                 {"ContentItemId":"{{{Pleniere}}}","ContentType":"Format","DisplayText":"Conférence plénière","TitlePart":{"Title":"Conférence plénière"}}]
                """);
            await sp.GetRequiredService<ContentManager>().CreateAsync(formats);
        });
        if (defineIndex)
        {
            await site.InScopeAsync(sp => sp.GetRequiredService<LuceneIndexingService>().RebuildAsync("Search"));
        }

        return site;
    }

    public Task<string> CreateSessionAsync(string title, string body = "", string? format = null, DateTime? startsAtUtc = null, bool publish = true, string? room = null) =>
        InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Session");
            item.GetOrCreatePart("TitlePart")["Title"] = title;
            item.GetOrCreatePart("HtmlBodyPart")["Html"] = body;
            var session = item.GetOrCreatePart("Session");
            if (format is not null)
            {
                session["Format"] = new JsonObject { ["TaxonomyContentItemId"] = "4formatstaxonomy0000000000", ["TermContentItemIds"] = new JsonArray(format) };
            }

            if (startsAtUtc is { } start)
            {
                session["StartsAt"] = new JsonObject { ["Value"] = start.ToString("yyyy-MM-ddTHH:mm:ssZ") };
            }

            if (room is not null)
            {
                session["Room"] = new JsonObject { ["Text"] = room };
            }

            await manager.CreateAsync(item, publish);
            return item.ContentItemId;
        });

    public Task<string> CreatePageAsync(string title, string html = "") =>
        InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Page");
            item.GetOrCreatePart("TitlePart")["Title"] = title;
            item.GetOrCreatePart("HtmlBodyPart")["Html"] = html;
            await manager.CreateAsync(item);
            return item.ContentItemId;
        });

    public Task<SearchResultsViewModel> SearchAsync(string? terms, string? type = null, string? format = null, string? day = null, int page = 1) =>
        InScopeAsync(sp => sp.GetRequiredService<SearchService>().SearchAsync(new SearchRequest(terms, type, format, day, page)));

    /// <summary>Titles of the results, for short assertions.</summary>
    public async Task<IReadOnlyList<string>> TitlesAsync(string terms) => (await SearchAsync(terms)).Items.Select(h => h.Title).ToList();

    /// <summary>Stores a Lucene query on the Search index and runs it.</summary>
    public async Task<LuceneQueryResults> QueryAsync(string template, string? parameters = null, bool returnContentItems = false)
    {
        await InScopeAsync(sp => sp.GetRequiredService<QueryManager>().SaveAsync(new JsonObject
        {
            ["Source"] = "Lucene", ["Name"] = "test", ["Index"] = "Search", ["Template"] = template, ["ReturnContentItems"] = returnContentItems,
        }));
        var json = parameters is null ? null : JsonNode.Parse(parameters)!.AsObject();
        return (await InScopeAsync(sp => sp.GetRequiredService<LuceneQueryRunner>().ExecuteAsync("test", json)))!;
    }

    public async Task SetPageSizeAsync(int pageSize) =>
        await InScopeAsync(async sp =>
        {
            var settings = sp.GetRequiredService<SiteSettingsService>();
            var site = await settings.GetAsync();
            site.PageSize = pageSize;
            await settings.SaveAsync(site);
        });

    /// <summary>Runs work in a scope of its own and saves its session, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
        return result;
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) =>
        InScopeAsync<bool>(async sp => { await work(sp); return true; });

    public ValueTask DisposeAsync() => _owner.DisposeAsync();

    private static async Task DefineTypesAsync(IServiceProvider services)
    {
        var manager = services.GetRequiredService<ContentDefinitionManager>();
        var document = await manager.LoadForUpdateAsync();
        ContentTypePartDefinitionRecord Part(string name) => new() { PartName = name, Name = name };
        ContentTypePartDefinitionRecord Route(string prefix) => new()
        {
            PartName = "AutoroutePart", Name = "AutoroutePart",
            Settings = new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = prefix + "{{ ContentItem | display_text | slugify }}" } },
        };
        document.ContentTypeDefinitionRecords.Add(new() { Name = "Session", DisplayName = "Session", ContentTypePartDefinitionRecords = [Part("TitlePart"), Route("programme/"), Part("HtmlBodyPart"), Part("Session")] });
        document.ContentTypeDefinitionRecords.Add(new() { Name = "Page", DisplayName = "Page", ContentTypePartDefinitionRecords = [Part("TitlePart"), Route(""), Part("HtmlBodyPart")] });
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
