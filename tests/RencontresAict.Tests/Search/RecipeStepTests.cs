using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Search;
using RencontresAict.Search.Queries;
using RencontresAict.Search.Services;

namespace RencontresAict.Tests.Search;

public sealed class RecipeStepTests
{
    /// <summary>Runs the step through the recipe executor, as a recipe holding only that step would.</summary>
    private static async Task RunStepAsync(SearchTestSite site, string json)
    {
        var recipe = RecipeReader.Parse(new JsonObject { ["steps"] = new JsonArray(JsonNode.Parse(json)) }.ToJsonString(), "search.recipe.json", Path.GetTempPath());
        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
    }

    [Fact]
    public async Task LuceneIndexStepCreatesTheIndexAndIndexesCommittedContent()
    {
        await using var site = await SearchTestSite.StartAsync(defineIndex: false);
        await site.CreateSessionAsync("Atelier gouvernance locale");

        await RunStepAsync(site, """
            {"name":"lucene-index","Indices":[{"Search":{"AnalyzerName":"frenchanalyzer","IndexLatest":false,"IndexedContentTypes":["Session"],"Culture":"any","StoreSourceData":true}}]}
            """);

        Assert.Equal(["Atelier gouvernance locale"], await site.TitlesAsync("gouvernance"));
        var source = Assert.Single((await site.QueryAsync("""{"query":{"match_all":{}}}""")).Items)!["Content.ContentItem.Source"];
        Assert.Contains("gouvernance", source!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LuceneIndexStepLeavesAnExistingIndexAlone()
    {
        await using var site = await SearchTestSite.StartAsync();

        await RunStepAsync(site, """{"name":"lucene-index","Indices":[{"Search":{"AnalyzerName":"standardanalyzer","IndexedContentTypes":["Page"]}}]}""");

        var settings = await site.InScopeAsync(sp => sp.GetRequiredService<LuceneIndexSettingsService>().GetAsync("Search"));
        Assert.Equal("frenchanalyzer", settings!.AnalyzerName);
        Assert.Equal(["Session", "Page"], settings.IndexedContentTypes);
    }

    [Fact]
    public async Task RebuildAndResetStepsWorkOnNamedIndexesAndRefuseUnknownOnes()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Point pays Liban");

        await RunStepAsync(site, """{"name":"lucene-index-rebuild","Indices":["Search"]}""");
        await RunStepAsync(site, """{"name":"lucene-index-reset","IncludeAll":true}""");

        Assert.Equal(["Point pays Liban"], await site.TitlesAsync("liban"));
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunStepAsync(site, """{"name":"lucene-index-rebuild","Indices":["Nope"]}"""));
        Assert.Contains("Indices[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueriesStepStoresQueriesAndUpdatesOneOfTheSameName()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreatePageAsync("Venir à Lyon");

        await RunStepAsync(site, """
            {"name":"Queries","Queries":[{"Source":"Lucene","Name":"Pages","Index":"Search","Template":"{\"query\":{\"match_all\":{}}}","Schema":"[js:{}]","ReturnContentItems":false}]}
            """);
        await RunStepAsync(site, """
            {"name":"Queries","Queries":[{"Source":"Lucene","Name":"Pages","Index":"Search","Template":"{\"query\":{\"term\":{\"Content.ContentItem.ContentType\":\"Page\"}}}","ReturnContentItems":true}]}
            """);

        var results = await site.InScopeAsync(sp => sp.GetRequiredService<LuceneQueryRunner>().ExecuteAsync("Pages", null));
        Assert.Equal("Venir à Lyon", Assert.Single(results!.Items)!["DisplayText"]!.GetValue<string>());
        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<QueryManager>().LoadAsync());
        Assert.Single(stored.Queries);
    }

    [Fact]
    public async Task QueriesStepRefusesALuceneQueryWithoutIndex()
    {
        await using var site = await SearchTestSite.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            RunStepAsync(site, """{"name":"Queries","Queries":[{"Source":"Lucene","Name":"X","Template":"{}"}]}"""));

        Assert.Contains("Queries[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RebuildCommandPrintsOneLineAndSucceeds()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier");
        await site.CreatePageAsync("Programme");
        var output = new StringWriter();

        var exitCode = await SearchCommands.RebuildIndexAsync(site.Services, output);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^Rebuilt index Search: 2 documents in \d+\.\d s\.\r?\n$", output.ToString());
    }

    [Fact]
    public async Task RebuildCommandFailsClearlyWhenNoIndexIsDefined()
    {
        await using var site = await SearchTestSite.StartAsync(defineIndex: false);
        var output = new StringWriter();

        var exitCode = await SearchCommands.RebuildIndexAsync(site.Services, output);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("No Lucene index is defined", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterSetupDefinesTheSearchIndexWhenTheRecipeDidNot()
    {
        await using var site = await SearchTestSite.StartAsync(defineIndex: false);
        await site.CreateSessionAsync("Ouverture officielle");

        await SearchCommands.AfterSetupAsync(site.Services);

        Assert.Equal(["Ouverture officielle"], await site.TitlesAsync("ouverture"));
    }
}
