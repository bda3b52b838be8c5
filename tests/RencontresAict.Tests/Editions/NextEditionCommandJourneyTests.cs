using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Conference.Editions;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Editions;

/// <summary>The "done when", from the command line against a running site on the same data folder.</summary>
[Trait("Dates", "ServerZone")]
public sealed class NextEditionCommandJourneyTests
{
    private const string Form13 = "/formulaires/4a1ct130f0rm1nscr1pt10n001";

    [Fact]
    public async Task NothingOfThe14thIsPublicUntilPublishEditionMakesItCurrentThenHomeProgrammeAndRegistrationAreThe14ths()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?>
        {
            ["PublicSite:ChangePollInterval"] = "00:00:00.1",
            ["Site:AsOf"] = "2023-05-02T08:00:00Z", // the 14th's registration is open (from 15 April 2023, shifted from 15 April 2022)
        });
        Assert.StartsWith("13", (await site.GetOkPageAsync("/")).QuerySelector(".site-edition")!.TextContent, StringComparison.Ordinal);
        var data = $"--Site:DataPath={site.DataPath}";

        var created = await EditionCli.RunAsync("new-edition", "--from", "13", "--number", "14", "--start", "2023-06-19", data);

        Assert.Equal(0, created.ExitCode);
        foreach (var path in new[] { "/2023", "/2023/inscription", "/2023/mentions-legales", "/2023/inscription/merci" })
        {
            Assert.True((await site.GetPageAsync(path)).Status == 404, $"{path} is public before publish-edition");
        }

        Assert.StartsWith("13", (await site.GetOkPageAsync("/")).QuerySelector(".site-edition")!.TextContent, StringComparison.Ordinal);
        var form14 = await Form14Async(site);
        Assert.Null((await site.GetOkPageAsync("/inscription")).QuerySelector($"form[action='/formulaires/{form14}']"));
        Assert.NotEmpty(SessionLinks(await site.GetOkPageAsync("/programme")));

        var published = await EditionCli.RunAsync("publish-edition", "14", "--current", data);

        Assert.Equal(
            (0, "Published edition 14 \"Rencontres de l'AICT 2023 — 14e édition\" and 15 of its drafts; it is now the current edition."),
            (published.ExitCode, published.Output));
        var home = await WaitForHomeOfEditionAsync(site, "14");
        Assert.Equal("lundi 19 et mardi 20 juin 2023", home.QuerySelector(".edition p.when")!.TextContent.Trim());
        var programme = await site.GetOkPageAsync("/programme");
        Assert.Empty(SessionLinks(programme));
        Assert.Contains("juin 2023", programme.QuerySelector("p.lead")!.TextContent, StringComparison.Ordinal);
        var registration = await site.GetOkPageAsync("/inscription");
        Assert.NotNull(registration.QuerySelector($"form[action='/formulaires/{form14}'] #champ-Email"));
        Assert.Null(registration.QuerySelector($"form[action='{Form13}']"));
        await site.GetOkPageAsync("/2023/mentions-legales");
        await site.GetOkPageAsync("/2023/inscription/merci");

        // The 13th stays online under its year, as it was: its header and dates, its eleven slots; the series lists both.
        var archive = await site.GetOkPageAsync("/2022/");
        Assert.StartsWith("13", archive.QuerySelector(".site-edition")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("20 et mardi 21 juin 2022", archive.QuerySelector(".site-edition")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(11, (await site.GetOkPageAsync("/2022/programme")).QuerySelectorAll(".slot").Length);
        var series = (await site.GetOkPageAsync("/editions")).QuerySelectorAll(".edition-summary");
        Assert.Equal(["/", "/2022/"], series.Select(e => e.QuerySelector("a[href='/'], a[href='/2022/']")?.GetAttribute("href")));
    }

    private static List<string> SessionLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href*='programme/2022-']").Select(a => a.GetAttribute("href")!).ToList();

    private static async Task<string> Form14Async(SiteFactory site)
    {
        var id = "";
        await site.InScopeAsync(async sp =>
        {
            var editions = sp.GetRequiredService<EditionDirectory>();
            id = (await editions.RegistrationFormOfAsync((await editions.FindByNumberAsync(14))!))!.ContentItemId;
        });
        return id;
    }

    /// <summary>The home page once it shows the edition: the running site notices the command line's change at its next poll.</summary>
    private static async Task<IHtmlDocument> WaitForHomeOfEditionAsync(SiteFactory site, string number)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var home = await site.GetOkPageAsync("/");
            if (home.QuerySelector(".site-edition")?.TextContent.StartsWith(number, StringComparison.Ordinal) == true || DateTime.UtcNow > deadline)
            {
                Assert.StartsWith(number, home.QuerySelector(".site-edition")!.TextContent, StringComparison.Ordinal);
                return home;
            }

            await Task.Delay(50);
        }
    }
}
