using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

[Trait("Dates", "ServerZone")]
public sealed class PartnersAndSpeakersPageTests
{
    [Theory]
    [InlineData("Organisateur", "Cités Unies France")]
    [InlineData("Partenaires institutionnels", "PLATFORMA")]
    [InlineData("Lieu d'accueil", "Cité des Sciences et de l'Industrie")]
    public async Task PartnersPageGroupsPartnersByRole(string role, string partner)
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/partenaires");

        var section = page.QuerySelectorAll("main section").Single(s => s.QuerySelector("h2")!.TextContent.Trim() == role);
        Assert.Contains(partner, section.QuerySelectorAll("li > a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task PartnersPageShowsPlatformaCoFundedByTheEuropeanUnionAndTheUnionAsNoFunderOfTheEvent()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/partenaires");

        var platforma = page.QuerySelectorAll("main li").Single(li => li.QuerySelector("a")?.TextContent.Trim() == "PLATFORMA");
        Assert.Equal("Le projet PLATFORMA est co-financé par l'Union européenne.", platforma.QuerySelector(".mention")!.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll("main h2"), h => h.TextContent.Contains("financeur", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(page.QuerySelectorAll("main li > a"), a => a.TextContent.Trim() == "Union européenne");
    }

    [Fact]
    public async Task PartnerPageSaysWhatThePartnerDoes()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/partenaires/platforma");

        Assert.Equal("PLATFORMA", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Partenaire institutionnel", page.QuerySelector(".role")!.TextContent.Trim());
        Assert.Contains("co-financé par l'Union européenne", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeakersPageLinksToEachSpeakerWithTheirFunctions()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/intervenants");

        var link = page.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "François Rebsamen");
        Assert.Equal("/intervenants/francois-rebsamen", link.GetAttribute("href"));
        var speaker = await site.GetOkPageAsync(link.GetAttribute("href")!);
        Assert.Equal(
            ["Président de Cités Unies France", "Maire de Dijon", "Président de Dijon Métropole"],
            speaker.QuerySelectorAll(".functions li").Select(li => li.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/mentions-legales", "Mentions légales")]
    [InlineData("/confidentialite", "Politique de confidentialité")]
    public async Task LegalPagesAreReachableFromTheFooterOfEveryPage(string path, string title)
    {
        await using var site = await SiteFactory.StartAsync();
        var home = await site.GetOkPageAsync("/");

        Assert.NotNull(home.QuerySelector($"footer a[href='{path}']"));
        var page = await site.GetOkPageAsync(path);

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
    }
}
