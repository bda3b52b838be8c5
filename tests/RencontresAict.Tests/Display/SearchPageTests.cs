using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

public sealed class SearchPageTests
{
    [Fact]
    public async Task SearchingFindsSessionsOfTheThirteenthEditionWithHighlightedWords()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/recherche?q=atelier");

        var titles = page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Ateliers / Micro-ateliers / Rencontres B to B…", titles);
        Assert.NotEmpty(page.QuerySelectorAll(".search-results mark"));
        Assert.Contains("résultat", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaccentedWordsFindAccentedOnes()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/recherche?q=pleniere");

        Assert.Contains(page.QuerySelectorAll(".search-results h2 a"), a => a.TextContent.Trim() == "Conférence plénière");
    }

    [Fact]
    public async Task NoResultGivesAFrenchMessage()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/recherche?q=zzzyyyxxx");

        Assert.Contains("Aucun résultat pour «\u00A0zzzyyyxxx\u00A0»", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/recherche?q=%22atelier")]
    [InlineData("/recherche?q=AND")]
    [InlineData("/recherche?q=*")]
    [InlineData("/recherche?q=<script>alert(1)</script>")]
    [InlineData("/recherche?q=atelier&page=-3")]
    public async Task QueriesThatCannotBeParsedStillAnswerThePage(string url)
    {
        await using var site = await SiteFactory.StartAsync();

        var (status, page) = await site.GetPageAsync(url);

        Assert.Equal(200, status);
        Assert.Null(page.QuerySelector("script:not([type])"));
    }

    [Fact]
    public async Task EveryPageHasASearchBoxWithALabel()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/programme");

        var input = page.QuerySelector("form[role=search] input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for={input.Id}]"));
    }
}
