using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

[Trait("Dates", "ServerZone")]
public sealed class HomePageTests
{
    [Fact]
    public async Task HomePageShowsTheEditionBannerInFrench()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        var banner = page.QuerySelector(".banner")!.TextContent;
        Assert.Contains("13e édition", Normalize(banner), StringComparison.Ordinal);
        Assert.Contains("«\u00A0L'AICT, levier d'expérimentation face aux défis mondiaux\u00A0»", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("de l'action locale à l'action internationale", banner, StringComparison.Ordinal);
        Assert.Contains("lundi 20 et mardi 21 juin 2022", banner, StringComparison.Ordinal);
        Assert.Contains("Cité des Sciences et de l'Industrie, 30, avenue Corentin-Cariou, 75019 Paris", banner, StringComparison.Ordinal);
        Assert.Contains("#RencontresAICT2022", banner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePageCallsToRegisterWithTheOpeningDateAndALinkWithoutAForm()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/");

        var register = page.QuerySelector(".register")!;
        Assert.Contains("Ouverture des inscriptions en ligne : vendredi 15 avril 2022", Normalize(register.TextContent), StringComparison.Ordinal);
        Assert.Equal("2022-04-15T00:00:00+02:00", register.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.NotNull(register.QuerySelector("a[href='/inscription']"));
        Assert.Empty(register.QuerySelectorAll("form"));
    }

    [Fact]
    public async Task HomePageShowsTheEditorialSignedByFrancoisRebsamenWithHisThreeFunctions()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/");

        var editorial = page.QuerySelector(".editorial")!;
        Assert.Contains("Que nous vivions à Dijon, à Bamako, à Séoul ou à Port aux Prince", editorial.TextContent, StringComparison.Ordinal);
        Assert.Contains("levier pour cette mise en commun", Normalize(editorial.TextContent), StringComparison.Ordinal);
        var signature = editorial.QuerySelector(".signature")!.TextContent;
        Assert.Contains("François Rebsamen", signature, StringComparison.Ordinal);
        Assert.Contains("Président de Cités Unies France", signature, StringComparison.Ordinal);
        Assert.Contains("Maire de Dijon", signature, StringComparison.Ordinal);
        Assert.Contains("Président de Dijon Métropole", signature, StringComparison.Ordinal);
        Assert.DoesNotContain("2021", editorial.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePageShowsTheHonoursOfTheFirstEvening()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/");

        var honours = page.QuerySelector(".honours")!;
        Assert.Contains("lundi 20 juin au soir", honours.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mise à l'honneur des élues et élus de Cités Unies France", honours.TextContent, StringComparison.Ordinal);
        Assert.Contains("Remise du label «\u00A0Territoires unis et solidaires face aux crises\u00A0»", honours.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePageListsTheFeaturedFormatsWithTheMicroAteliersDescription()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/");

        var formats = page.QuerySelectorAll(".formats li").Select(li => Normalize(li.TextContent)).ToList();
        Assert.Equal(5, formats.Count);
        Assert.StartsWith("Conférence plénière", formats[0], StringComparison.Ordinal);
        Assert.Contains(formats, f => f.Contains("Micro-ateliers : « 20 minutes pour expliquer, convaincre, diffuser… »", StringComparison.Ordinal));
        Assert.Contains(formats, f => f.Contains("Espace des partenaires : networking, animations, rencontres B to B", StringComparison.Ordinal));
        Assert.DoesNotContain(formats, f => f.StartsWith("Pause", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HomePageListsThePartnersUnderTheirRoles()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/");

        var partners = Normalize(page.QuerySelector(".partners")!.TextContent);
        Assert.Contains("Partenaires institutionnels PLATFORMA", partners, StringComparison.Ordinal);
        Assert.Contains("Organisateur Cités Unies France", partners, StringComparison.Ordinal);
    }

    internal static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
