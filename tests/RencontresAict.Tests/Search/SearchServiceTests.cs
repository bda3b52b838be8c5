namespace RencontresAict.Tests.Search;

[Trait("Dates", "ServerZone")]
public sealed class SearchServiceTests
{
    private static readonly string[] BadInput =
    [
        "\"atelier climat",
        "atelier\"",
        "AND",
        "OR",
        "NOT",
        "atelier AND",
        "AND atelier",
        "*",
        "?",
        "*climat",
        "+",
        "-",
        "&&",
        "||",
        "!",
        "(atelier",
        "atelier)",
        "[a TO",
        "{",
        "title:",
        ":",
        "~",
        "^2",
        "climat^",
        "\\",
        "/regex",
        "l'",
        "   ",
        new string('x', 10 * 1024),
        string.Join(' ', Enumerable.Repeat("atelier climat", 800)),
        string.Join(' ', Enumerable.Range(0, 2000).Select(i => "mot" + i)),
    ];

    [Fact]
    public async Task BrokenOrHugeInputGivesResultsOrNoneButNeverThrows()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier climat", "<p>Le climat et les villes.</p>");

        foreach (var terms in BadInput)
        {
            var results = await site.SearchAsync(terms);

            Assert.True(results.TotalCount >= 0, terms);
            Assert.True(results.TotalCount == results.Items.Count, $"{terms[..Math.Min(terms.Length, 40)]}: {results.TotalCount} counted, {results.Items.Count} listed");
        }
    }

    [Fact]
    public async Task UnbalancedQuoteIsReadAsPlainWords()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier climat");

        Assert.Equal(["Atelier climat"], await site.TitlesAsync("\"atelier climat"));
    }

    [Fact]
    public async Task QuotedPhraseAndOperatorsWorkWhenWellFormed()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Coopération décentralisée en Afrique");
        await site.CreateSessionAsync("Afrique et coopération sportive");

        Assert.Equal(["Coopération décentralisée en Afrique"], await site.TitlesAsync("\"coopération décentralisée\""));
        Assert.Equal(["Afrique et coopération sportive"], await site.TitlesAsync("afrique -décentralisée"));
        Assert.Equal(2, (await site.SearchAsync("cooperation")).TotalCount);
    }

    [Fact]
    public async Task AllWordsMustMatch()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier climat");
        await site.CreateSessionAsync("Atelier santé");

        Assert.Equal(["Atelier santé"], await site.TitlesAsync("atelier sante"));
    }

    [Fact]
    public async Task TitleMatchRanksAboveBodyMatch()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Point pays Maroc", "<p>Une session sur l'eau et l'assainissement au Maroc, avec des élus et des experts.</p>");
        await site.CreateSessionAsync("Assainissement", "<p>Un atelier.</p>");

        Assert.Equal("Assainissement", (await site.TitlesAsync("assainissement"))[0]);
    }

    [Fact]
    public async Task SnippetMarksMatchedWordsWildcardsIncludedAndEncodesTheText()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier", "<p>Recherche &amp; développement : les ateliers des villes &lt;jumelées&gt;.</p>");

        var hit = Assert.Single((await site.SearchAsync("atelier")).Items);

        Assert.Contains("<mark>ateliers</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;jumelées&gt;", hit.Snippet.Replace("&#233;", "é", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<jumel", hit.Snippet, StringComparison.Ordinal);
        var wildcard = Assert.Single((await site.SearchAsync("atel*")).Items);
        Assert.Contains("<mark>ateliers</mark>", wildcard.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HitCarriesTypeUrlAndSessionDate()
    {
        await using var site = await SearchTestSite.StartAsync();
        var start = new DateTime(2026, 7, 1, 7, 30, 0, DateTimeKind.Utc);
        await site.CreateSessionAsync("Accueil des participants", startsAtUtc: start);

        var hit = Assert.Single((await site.SearchAsync("accueil")).Items);

        Assert.Equal("Session", hit.ContentType);
        Assert.Equal("/programme/accueil-des-participants", hit.Url);
        Assert.Equal(start, hit.Date);
        Assert.NotNull(hit.ContentItem);
    }

    [Fact]
    public async Task FacetsCountTypesFormatsAndParisDays()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier eau", format: SearchTestSite.Atelier, startsAtUtc: new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc));
        await site.CreateSessionAsync("Atelier santé", format: SearchTestSite.Atelier, startsAtUtc: new(2026, 7, 2, 8, 0, 0, DateTimeKind.Utc));
        await site.CreateSessionAsync("Plénière des ateliers", format: SearchTestSite.Pleniere, startsAtUtc: new(2026, 7, 1, 22, 30, 0, DateTimeKind.Utc));
        await site.CreatePageAsync("Les ateliers, mode d'emploi");

        var results = await site.SearchAsync("atelier");

        Assert.Equal(4, results.TotalCount);
        Assert.Equal([("Session", 3), ("Page", 1)], results.Types.Select(f => (f.Value, f.Count)));
        Assert.Equal([("Atelier thématique", 2), ("Conférence plénière", 1)], results.Formats.Select(f => (f.Label, f.Count)));
        Assert.Equal([("2026-07-01", 1), ("2026-07-02", 2)], results.Days.Select(f => (f.Value, f.Count)));
        Assert.Equal("mercredi 1 juillet 2026", results.Days[0].Label);
    }

    [Fact]
    public async Task FiltersNarrowResultsWhileOtherFacetsKeepTheirCounts()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier eau", format: SearchTestSite.Atelier, startsAtUtc: new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc));
        await site.CreateSessionAsync("Atelier santé", format: SearchTestSite.Atelier, startsAtUtc: new(2026, 7, 2, 8, 0, 0, DateTimeKind.Utc));
        await site.CreateSessionAsync("Plénière des ateliers", format: SearchTestSite.Pleniere, startsAtUtc: new(2026, 7, 2, 9, 0, 0, DateTimeKind.Utc));
        await site.CreatePageAsync("Les ateliers, mode d'emploi");

        var byFormat = await site.SearchAsync("atelier", format: SearchTestSite.Atelier);
        var byDay = await site.SearchAsync("atelier", day: "2026-07-02");
        var byType = await site.SearchAsync("atelier", type: "Page");
        var onlyFilter = await site.SearchAsync("", format: SearchTestSite.Pleniere);

        Assert.Equal(2, byFormat.TotalCount);
        Assert.Equal(2, byFormat.Formats.Count);
        Assert.True(byFormat.Formats.Single(f => f.Value == SearchTestSite.Atelier).Selected);
        Assert.Equal(["Atelier santé", "Plénière des ateliers"], byDay.Items.Select(h => h.Title).Order());
        Assert.Equal(["Les ateliers, mode d'emploi"], byType.Items.Select(h => h.Title));
        Assert.Equal(["Plénière des ateliers"], onlyFilter.Items.Select(h => h.Title));
    }

    [Fact]
    public async Task ResultsArePagedWithThePageSizeOfTheSiteSettings()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.SetPageSizeAsync(2);
        for (var i = 1; i <= 5; i++)
        {
            await site.CreateSessionAsync($"Atelier numéro {i}");
        }

        var first = await site.SearchAsync("atelier");
        var last = await site.SearchAsync("atelier", page: 3);
        var beyond = await site.SearchAsync("atelier", page: 9);

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(2, first.Items.Count);
        Assert.Equal(3, first.PageCount);
        Assert.True(first.HasNextPage);
        Assert.Single(last.Items);
        Assert.False(last.HasNextPage);
        Assert.Empty(beyond.Items);
        var titles = first.Items.Concat((await site.SearchAsync("atelier", page: 2)).Items).Concat(last.Items).Select(h => h.Title);
        Assert.Equal(5, titles.Distinct().Count());
    }

    [Fact]
    public async Task PageSizeIsCappedWhateverTheSettingsSay()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.SetPageSizeAsync(100_000);

        var results = await site.SearchAsync("atelier");

        Assert.Equal(RencontresAict.Search.Searching.SearchService.MaxPageSize, results.PageSize);
    }

    [Fact]
    public async Task EmptyWordsWithoutFilterShowTheEmptyForm()
    {
        await using var site = await SearchTestSite.StartAsync();
        await site.CreateSessionAsync("Atelier climat");

        var results = await site.SearchAsync("  ");

        Assert.False(results.Searched);
        Assert.Empty(results.Items);
    }

    [Fact]
    public async Task MissingIndexGivesNoResultsAndSaysSo()
    {
        await using var site = await SearchTestSite.StartAsync(defineIndex: false);

        var results = await site.SearchAsync("atelier");

        Assert.True(results.IndexMissing);
        Assert.Empty(results.Items);
    }
}
