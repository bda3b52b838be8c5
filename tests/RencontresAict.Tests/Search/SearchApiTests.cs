using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Search.Queries;

namespace RencontresAict.Tests.Search;

[Trait("Dates", "ServerZone")]
public sealed class SearchApiTests
{
    private sealed class ApiSite : IAsyncDisposable
    {
        private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", Guid.NewGuid().ToString("N"));

        public ApiSite() =>
            Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Site:DataPath", _dataPath));

        public WebApplicationFactory<Program> Factory { get; }

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temp folder behind.
            }
        }
    }

    private static async Task<(ApiSite Api, SearchTestSite Site, HttpClient Client)> StartAsync()
    {
        var api = new ApiSite();
        var client = api.Factory.CreateClient();
        await api.Factory.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var site = await SearchTestSite.PrepareAsync(api.Factory.Services, api);
        await site.CreateSessionAsync("Atelier climat", "<p>Villes &amp; climat</p>", SearchTestSite.Atelier, new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc));
        await site.CreateSessionAsync("Plénière d'ouverture", "", SearchTestSite.Pleniere, new(2026, 7, 1, 7, 0, 0, DateTimeKind.Utc));
        await site.InScopeAsync(sp => sp.GetRequiredService<QueryManager>().SaveAsync(new JsonObject
        {
            ["Source"] = "Lucene", ["Name"] = "SessionsByFormat", ["Index"] = "Search", ["ReturnContentItems"] = true,
            ["Template"] = """{"query":{"term":{"Session.Format":"{{ format }}"}},"sort":{"Session.StartsAt":{"order":"asc","type":"double"}}}""",
        }));
        return (api, site, client);
    }

    [Fact]
    public async Task SearchApiAnswersResultsFacetsAndCountAsJson()
    {
        var (_, site, client) = await StartAsync();
        await using var _ = site;

        var json = await client.GetFromJsonAsync<JsonObject>("/api/search?q=ateliers+climat&page=1");

        Assert.Equal(1, json!["totalCount"]!.GetValue<int>());
        var hit = json["items"]![0]!;
        Assert.Equal("Atelier climat", hit["title"]!.GetValue<string>());
        Assert.Equal("/programme/atelier-climat", hit["url"]!.GetValue<string>());
        Assert.Contains("<mark>", hit["snippet"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(hit["contentItem"]);
        Assert.Equal("Atelier thématique", json["formats"]![0]!["label"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/search?q=%22atelier")]
    [InlineData("/api/search?q=AND")]
    [InlineData("/api/search?q=*")]
    [InlineData("/api/search?q=atelier&page=abc")]
    [InlineData("/api/search?q=atelier&page=-4")]
    [InlineData("/api/search")]
    public async Task SearchApiNeverFailsOnOddInput(string url)
    {
        var (_, site, client) = await StartAsync();
        await using var _ = site;

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task QueriesApiRunsAStoredQueryWithParametersOnGetAndPost()
    {
        var (_, site, client) = await StartAsync();
        await using var _ = site;
        var parameters = $$"""{"format":"{{SearchTestSite.Pleniere}}"}""";

        var viaGet = await client.GetFromJsonAsync<JsonObject>("/api/queries/SessionsByFormat?parameters=" + Uri.EscapeDataString(parameters));
        var viaBody = await (await client.PostAsync("/api/queries/SessionsByFormat", new StringContent(parameters))).Content.ReadFromJsonAsync<JsonObject>();
        var viaForm = await (await client.PostAsync("/api/queries/SessionsByFormat", new FormUrlEncodedContent([new("parameters", parameters)]))).Content.ReadFromJsonAsync<JsonObject>();

        foreach (var json in new[] { viaGet, viaBody, viaForm })
        {
            Assert.Equal(1, json!["count"]!.GetValue<int>());
            Assert.Equal("Plénière d'ouverture", json["items"]![0]!["DisplayText"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task UnknownQueryIsNotFound()
    {
        var (_, site, client) = await StartAsync();
        await using var _ = site;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/queries/Nope")).StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1]")]
    [InlineData("""{"format":"x\"}}, \"query\": {\"nope\":{}}, \"y\":{\"z\":\""}""")]
    public async Task MalformedParametersAreABadRequestWithProblemDetails(string parameters)
    {
        var (_, site, client) = await StartAsync();
        await using var _ = site;

        var response = await client.GetAsync("/api/queries/SessionsByFormat?parameters=" + Uri.EscapeDataString(parameters));

        if (response.StatusCode == HttpStatusCode.OK)
        {
            // A quote in a parameter is encoded by the template: it stays inside the JSON string and finds nothing.
            Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonObject>())!["count"]!.GetValue<int>());
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task MalformedStoredQueryIsABadRequestNotAServerError()
    {
        var (_, site, client) = await StartAsync();
        await using var _ = site;
        await site.InScopeAsync(sp => sp.GetRequiredService<QueryManager>().SaveAsync(new JsonObject
        {
            ["Source"] = "Lucene", ["Name"] = "Broken", ["Index"] = "Search", ["Template"] = """{"query":{"bool":{"must":"oops"}}}""",
        }));

        var response = await client.PostAsync("/api/queries/Broken", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(400, problem!["status"]!.GetValue<int>());
    }
}
