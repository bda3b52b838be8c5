using RencontresAict.Search.Queries;

namespace RencontresAict.Tests.Search;

[Trait("Dates", "ServerZone")]
public sealed class QueryDslTests
{
    private static async Task<SearchTestSite> SeededAsync()
    {
        var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier climat", "<p>Les villes face au climat.</p>", SearchTestSite.Atelier, new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc), room: "Salle A");
        await site.CreateSessionAsync("Atelier santé", "<p>Santé mondiale et coopération.</p>", SearchTestSite.Atelier, new(2026, 7, 1, 10, 0, 0, DateTimeKind.Utc), room: "Salle B");
        await site.CreateSessionAsync("Plénière d'ouverture", "<p>Discours des élus.</p>", SearchTestSite.Pleniere, new(2026, 7, 1, 7, 0, 0, DateTimeKind.Utc), room: "Amphithéâtre");
        await site.CreatePageAsync("Accès et transports", "<p>Métro, tram, bus.</p>");
        return site;
    }

    private static IEnumerable<string> Titles(LuceneQueryResults results) =>
        results.Items.Select(i => i!["Content.ContentItem.DisplayText"]!.GetValue<string>());

    [Theory]
    [InlineData("""{"query":{"term":{"Content.ContentItem.ContentType":"Session"}}}""", 3)]
    [InlineData("""{"query":{"term":{"Content.ContentItem.ContentType.keyword":{"value":"Page","boost":2}}}}""", 1)]
    [InlineData("""{"query":{"terms":{"Session.Room.keyword":["Salle A","Salle B"]}}}""", 2)]
    [InlineData("""{"query":{"match":{"Content.ContentItem.FullText":"climat santé"}}}""", 2)]
    [InlineData("""{"query":{"match":{"Content.ContentItem.FullText":{"query":"atelier santé","operator":"and"}}}}""", 1)]
    [InlineData("""{"query":{"match_phrase":{"Content.ContentItem.FullText":"santé mondiale"}}}""", 1)]
    [InlineData("""{"query":{"match_phrase":{"Content.ContentItem.FullText":"mondiale santé"}}}""", 0)]
    [InlineData("""{"query":{"match_all":{}}}""", 4)]
    [InlineData("""{"query":{"bool":{"must":{"term":{"Content.ContentItem.ContentType":"Session"}},"must_not":[{"term":{"Session.Format":"4fmtpleniere0000000000000p"}}]}}}""", 2)]
    [InlineData("""{"query":{"bool":{"should":[{"term":{"Session.Room.keyword":"Salle A"}},{"term":{"Session.Room.keyword":"Amphithéâtre"}}]}}}""", 2)]
    [InlineData("""{"query":{"bool":{"filter":[{"term":{"Session.Format":"4fmtatelier00000000000000a"}}],"must":[{"match":{"Content.ContentItem.FullText":"climat"}}]}}}""", 1)]
    [InlineData("""{"query":{"bool":{"must_not":{"term":{"Content.ContentItem.ContentType":"Session"}}}}}""", 1)]
    [InlineData("""{"query":{"range":{"Session.StartsAt":{"gte":"20260701080000","lt":"20260701120000"}}}}""", 2)]
    [InlineData("""{"query":{"range":{"Session.StartsAt":{"gt":"20260701080000"}}}}""", 1)]
    [InlineData("""{"query":{"prefix":{"Content.ContentItem.DisplayText.Normalized":"atelier"}}}""", 2)]
    [InlineData("""{"query":{"wildcard":{"Content.ContentItem.DisplayText.Normalized":"*sante"}}}""", 1)]
    [InlineData("""{"query":{"fuzzy":{"Content.ContentItem.FullText":{"value":"climaat","fuzziness":1}}}}""", 1)]
    [InlineData("""{"query":{"regexp":{"Session.Room.keyword":"Salle [AB]"}}}""", 2)]
    [InlineData("""{"query":{"simple_query_string":{"query":"atelier -santé","fields":["Content.ContentItem.FullText"],"default_operator":"and"}}}""", 1)]
    [InlineData("""{"query":{"simple_query_string":{"query":"\"face au climat\""}}}""", 1)]
    [InlineData("""{"query":{"query_string":{"query":"atelier AND NOT climat","default_field":"Content.ContentItem.FullText"}}}""", 1)]
    [InlineData("""{"query":{"query_string":{"query":"métro OR élus","fields":["Content.ContentItem.FullText","Content.ContentItem.DisplayText.Analyzed^2"]}}}""", 2)]
    public async Task EachClauseSelectsTheExpectedDocuments(string template, int expected)
    {
        await using var site = await SeededAsync();

        var results = await site.QueryAsync(template);

        Assert.Equal(expected, results.Count);
    }

    [Fact]
    public async Task SortOrdersByAFieldAsStringOrDouble()
    {
        await using var site = await SeededAsync();

        var ascending = await site.QueryAsync("""{"query":{"term":{"Content.ContentItem.ContentType":"Session"}},"sort":{"Session.StartsAt":{"order":"asc","type":"double"}}}""");
        var descending = await site.QueryAsync("""{"query":{"term":{"Content.ContentItem.ContentType":"Session"}},"sort":[{"Content.ContentItem.DisplayText":"desc"}]}""");

        Assert.Equal(["Plénière d'ouverture", "Atelier climat", "Atelier santé"], Titles(ascending));
        Assert.Equal(["Plénière d'ouverture", "Atelier santé", "Atelier climat"], Titles(descending));
    }

    [Fact]
    public async Task SizeAndFromPageTheHitsWhileCountStaysTheTotal()
    {
        await using var site = await SeededAsync();

        var results = await site.QueryAsync("""{"query":{"match_all":{}},"sort":"Content.ContentItem.DisplayText","size":2,"from":1}""");

        Assert.Equal(4, results.Count);
        Assert.Equal(["Atelier climat", "Atelier santé"], Titles(results));
    }

    [Fact]
    public async Task TemplateIsLiquidRenderedWithTheParametersBeforeParsing()
    {
        await using var site = await SeededAsync();
        const string template = """
            {"query":{"bool":{"must":[{"match":{"Content.ContentItem.FullText":"{{ term }}"}}{% if format %},{"term":{"Session.Format":"{{ format }}"}}{% endif %}]}},"size":{{ size | default: 10 }}}
            """;

        var withFormat = await site.QueryAsync(template, $$"""{"term":"atelier","format":"{{SearchTestSite.Atelier}}","size":1}""");
        var withoutFormat = await site.QueryAsync(template, """{"term":"élus"}""");

        Assert.Equal(2, withFormat.Count);
        Assert.Single(withFormat.Items);
        Assert.Equal(["Plénière d'ouverture"], Titles(withoutFormat));
    }

    [Fact]
    public async Task ParameterWithQuotesCannotBreakOutOfTheJsonString()
    {
        await using var site = await SeededAsync();

        var results = await site.QueryAsync("""{"query":{"match":{"Content.ContentItem.FullText":"{{ term }}"}}}""", """{"term":"climat\"}},\"size\":0,\"x\":{\"y\":\""}""");

        Assert.Equal(1, results.Count);
    }

    [Fact]
    public async Task ReturnContentItemsGivesItemsInOrchardJson()
    {
        await using var site = await SeededAsync();

        var results = await site.QueryAsync("""{"query":{"term":{"Content.ContentItem.ContentType":"Page"}}}""", returnContentItems: true);

        var item = Assert.Single(results.Items)!.AsObject();
        Assert.Equal("Page", item["ContentType"]!.GetValue<string>());
        Assert.Equal("Accès et transports", item["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.True(item["Published"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"query":{"nope":{}}}""")]
    [InlineData("""{"query":{"term":{}}}""")]
    [InlineData("""{"query":{"term":{"a":"b"},"match":{"a":"b"}}}""")]
    [InlineData("""{"query":{"terms":{"a":"b"}}}""")]
    [InlineData("""{"query":{"query_string":{"query":"(unbalanced"}}}""")]
    [InlineData("""{"query":{"match_all":{}},"size":"many"}""")]
    [InlineData("""{"query":{"match_all":{}},"sort":{"a":{"type":"geo"}}}""")]
    [InlineData("""{"query":{"match":{"a":{"boost":2}}}}""")]
    [InlineData("""{"query":{"match_all":{}}{% if """)]
    public async Task MalformedQueryIsAQueryErrorNotACrash(string template)
    {
        await using var site = await SeededAsync();

        await Assert.ThrowsAsync<LuceneQueryException>(() => site.QueryAsync(template));
    }
}
