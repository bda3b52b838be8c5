using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Search.Indexing;

namespace RencontresAict.Tests.Search;

[Trait("Dates", "ServerZone")]
public sealed class IndexingTests
{
    [Fact]
    public async Task PublishedSessionIsFoundRightAfterItsSessionCommits()
    {
        await using var site = await SearchTestSite.StartAsync();

        await site.CreateSessionAsync("Atelier climat et territoires", "<p>Les collectivités face au <b>climat</b>.</p>");

        Assert.Equal(["Atelier climat et territoires"], await site.TitlesAsync("climat"));
    }

    [Fact]
    public async Task DraftIsNeverVisible()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Brouillon confidentiel", publish: false);

        Assert.Empty(await site.TitlesAsync("confidentiel"));
        var stored = await site.QueryAsync("""{"query":{"match_all":{}}}""");
        Assert.DoesNotContain(stored.Items, d => d!["Content.ContentItem.DisplayText"]?.GetValue<string>() == "Brouillon confidentiel");
    }

    [Fact]
    public async Task ItemsOfATypeHoldingPersonalDataAreNeitherFoundNorReturnedByAStoredQuery()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<ContentDefinitionManager>();
            var document = await definitions.LoadForUpdateAsync();
            document.ContentTypeDefinitionRecords.Single(t => t.Name == "Page").Settings["PersonalDataSettings"] =
                new JsonObject { ["HoldsPersonalData"] = true, ["Permission"] = "ManageRegistrations" };
            await definitions.SaveAsync(document);
        });
        await site.CreatePageAsync("Jeanne Martin, inscrite", "<p>jeanne.martin@example.org</p>");
        await site.CreateSessionAsync("Atelier animé par Jeanne");

        var found = await site.TitlesAsync("jeanne");
        var stored = await site.QueryAsync("""{"query":{"match_all":{}}}""", returnContentItems: false);
        var items = await site.QueryAsync("""{"query":{"match_all":{}}}""", returnContentItems: true);

        Assert.Equal(["Atelier animé par Jeanne"], found);
        Assert.DoesNotContain(stored.Items, d => d!["Content.ContentItem.ContentType"]?.GetValue<string>() == "Page");
        Assert.DoesNotContain(items.Items, d => d!["ContentType"]?.GetValue<string>() == "Page");
        Assert.Contains(items.Items, d => d!["ContentType"]?.GetValue<string>() == "Session");
    }

    [Fact]
    public async Task DraftOfAPublishedSessionLeavesThePublishedTextSearchable()
    {
        await using var site = await SearchTestSite.StartAsync();
        var id = await site.CreateSessionAsync("Point pays Sénégal");

        await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var draft = (await manager.GetAsync(id, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Point pays Mali";
            await manager.SaveDraftAsync(draft);
        });

        Assert.Equal(["Point pays Sénégal"], await site.TitlesAsync("pays"));
        Assert.Empty(await site.TitlesAsync("Mali"));
    }

    [Fact]
    public async Task UnpublishedSessionDisappearsFromResults()
    {
        await using var site = await SearchTestSite.StartAsync();
        var id = await site.CreateSessionAsync("Cocktail de clôture");

        await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            await manager.UnpublishAsync((await manager.GetAsync(id))!);
        });

        Assert.Empty(await site.TitlesAsync("cocktail"));
    }

    [Fact]
    public async Task RemovedSessionDisappearsFromResults()
    {
        await using var site = await SearchTestSite.StartAsync();
        var id = await site.CreateSessionAsync("Cérémonie d'ouverture");

        await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            await manager.RemoveAsync((await manager.GetAsync(id))!);
        });

        Assert.Empty(await site.TitlesAsync("ouverture"));
    }

    [Fact]
    public async Task RepublishingADraftReplacesTheIndexedText()
    {
        await using var site = await SearchTestSite.StartAsync();
        var id = await site.CreateSessionAsync("Micro-atelier eau");

        await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<ContentManager>();
            var draft = (await manager.GetAsync(id, VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Micro-atelier assainissement";
            await manager.SaveDraftAsync(draft);
            await manager.PublishAsync(draft);
        });

        Assert.Empty(await site.TitlesAsync("eau"));
        Assert.Equal(["Micro-atelier assainissement"], await site.TitlesAsync("assainissement"));
    }

    [Fact]
    public async Task RolledBackChangeIsNotIndexed()
    {
        await using var site = await SearchTestSite.StartAsync();

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Session");
            item.GetOrCreatePart("TitlePart")["Title"] = "Jamais enregistrée";
            await manager.CreateAsync(item);
            await scope.ServiceProvider.GetRequiredService<DocumentSession>().RollbackAsync();
        }

        Assert.Empty(await site.TitlesAsync("enregistrée"));
    }

    [Fact]
    public async Task IndexedDocumentUsesOrchardFieldNames()
    {
        await using var site = await SearchTestSite.StartAsync();
        var id = await site.CreateSessionAsync("Atelier énergie", "<p>Transition</p>", SearchTestSite.Atelier, new DateTime(2026, 6, 30, 22, 30, 0, DateTimeKind.Utc), room: "Salle Jaurès");

        var result = await site.QueryAsync("""{"query":{"term":{"ContentItemId":"{{ id }}"}}}""", $$"""{"id":"{{id}}"}""");

        var document = Assert.Single(result.Items)!.AsObject();
        Assert.Equal("Session", document["Content.ContentItem.ContentType"]!.GetValue<string>());
        Assert.Equal("Atelier énergie", document["Content.ContentItem.DisplayText"]!.GetValue<string>());
        Assert.Equal("atelier energie", document["Content.ContentItem.DisplayText.Normalized"]!.GetValue<string>());
        Assert.Equal("true", document["Content.ContentItem.Published"]!.GetValue<string>());
        Assert.Equal(SearchTestSite.Atelier, document["Session.Format"]!.GetValue<string>());
        Assert.Contains("Transition", document["Content.ContentItem.FullText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, (await site.QueryAsync("""{"query":{"term":{"Session.Room.keyword":"Salle Jaurès"}}}""")).Count);
        Assert.Equal(1, (await site.QueryAsync("""{"query":{"term":{"TitlePart.keyword":"Atelier énergie"}}}""")).Count);
        Assert.Equal(1, (await site.QueryAsync("""{"query":{"term":{"Session.StartsAt":"20260630223000"}}}""")).Count);
        // 22:30 UTC on 30 June is 1 July in Paris: the day facet uses the site's time zone.
        Assert.Equal(1, (await site.QueryAsync("""{"query":{"term":{"Rencontres.Facet.Day":"2026-07-01"}}}""")).Count);
    }

    [Fact]
    public async Task RebuildIndexesItemsThatExistedBeforeTheIndex()
    {
        await using var site = await SearchTestSite.StartAsync(defineIndex: false);
        await site.CreateSessionAsync("Rencontres B to B");
        await site.CreatePageAsync("Accès au lieu");
        await site.InScopeAsync(sp => sp.GetRequiredService<RencontresAict.Search.Services.LuceneIndexSettingsService>().SaveAsync(
            new() { IndexName = "Search", AnalyzerName = "frenchanalyzer", IndexedContentTypes = ["Session", "Page"] }));

        var count = await site.InScopeAsync(sp => sp.GetRequiredService<LuceneIndexingService>().RebuildAsync("Search"));

        Assert.Equal(2, count);
        Assert.Equal(["Rencontres B to B"], await site.TitlesAsync("rencontres"));
    }

    [Fact]
    public async Task ResetRebuildsTheIndexFromEmptyFiles()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Pause déjeuner");

        var count = await site.InScopeAsync(sp => sp.GetRequiredService<LuceneIndexingService>().ResetAsync("Search"));

        Assert.Equal(1, count);
        Assert.Equal(["Pause déjeuner"], await site.TitlesAsync("dejeuner"));
    }

    [Fact]
    public async Task CatchUpRebuildsAnIndexWhoseFilesAreMissing()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Clôture des Rencontres");
        await site.Services.GetRequiredService<RencontresAict.Search.Services.LuceneIndexStore>().DeleteAsync("Search");
        Assert.True((await site.SearchAsync("clôture")).Items.Count == 0);

        await RencontresAict.Search.SearchCommands.CatchUpAsync(site.Services);

        Assert.Equal(["Clôture des Rencontres"], await site.TitlesAsync("cloture"));
    }

    [Fact]
    public async Task IndexWithIndexLatestHoldsDraftsButVisitorsStillSeeOnlyPublishedItems()
    {
        await using var site = await SearchTestSite.StartAsync(indexLatest: true);
        await site.CreateSessionAsync("Session en préparation", publish: false);

        Assert.Empty(await site.TitlesAsync("préparation"));
        Assert.Equal(0, (await site.QueryAsync("""{"query":{"match_all":{}}}""")).Count);
    }

    [Fact]
    public async Task TypesOutsideTheIndexAreNotIndexed()
    {
        await using var site = await SearchTestSite.StartAsync();

        var formats = await site.QueryAsync("""{"query":{"term":{"Content.ContentItem.ContentType":"Taxonomy"}}}""");

        Assert.Equal(0, formats.Count);
        Assert.IsType<JsonArray>(formats.Items);
    }
}
