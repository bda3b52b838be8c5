using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

[Trait("Dates", "ServerZone")]
public sealed class PracticalInformationPageTests
{
    private static readonly (string Label, string Line)[] MeansOfAccess =
    [
        ("Métro", "ligne 7, station Porte de la Villette"),
        ("Bus", "lignes 139, 150, 152, station Porte de la Villette"),
        ("Tramway", "T3b (Porte de Vincennes – Porte de la Chapelle), station Porte de la Villette"),
        ("Voiture", "Paris périphérique nord, sortie Porte de la Villette"),
        ("Voiture", "Parc-autos payant, entrée quai de la Charente et boulevard Macdonald"),
        ("Vélo", "Un réseau de pistes cyclables permet d'atteindre la Cité des Sciences et de l'Industrie depuis le centre de Paris"),
        ("Vélo", "Stations Vélib' aux environs de la Cité"),
    ];

    [Fact]
    public async Task EachMeansOfAccessIsListedUnderItsLabel()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/infos-pratiques");

        foreach (var (label, line) in MeansOfAccess)
        {
            var lines = page.QuerySelectorAll(".access dt").Single(dt => dt.TextContent.Trim() == label);
            var following = new List<string>();
            for (var node = lines.NextElementSibling; node is not null && node.LocalName == "dd"; node = node.NextElementSibling)
            {
                following.Add(node.TextContent.Trim());
            }

            Assert.True(following.Contains(line), $"{label}: no line « {line} »");
        }
    }

    [Fact]
    public async Task VenueAddressDatesAndAMapLinkAreShown()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/infos-pratiques");

        var address = HomePageTests.Normalize(page.QuerySelector("address")!.TextContent);
        Assert.Equal("Cité des Sciences et de l'Industrie 30, avenue Corentin-Cariou 75019 Paris France", address);
        Assert.Contains("lundi 20 et mardi 21 juin 2022", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var map = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("OpenStreetMap", StringComparison.Ordinal));
        Assert.Equal("https://www.openstreetmap.org/?mlat=48.8956&mlon=2.3881#map=17/48.8956/2.3881", map.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[href='https://www.cite-sciences.fr']"));
    }

    [Fact]
    public async Task ContactPhoneAndEmailAreLinks()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/infos-pratiques");

        var phone = page.QuerySelector("main a[href^='tel:']")!;
        Assert.Equal("+33 (0)1 53 41 81 81", phone.TextContent);
        Assert.Equal("tel:+33153418181", phone.GetAttribute("href"));
        Assert.Equal("coop-dec@cites-unies-france.org", page.QuerySelector("main a[href='mailto:coop-dec@cites-unies-france.org']")!.TextContent);
        Assert.Contains("Cités Unies France", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebsiteMiniSiteTwitterAndHashtagAreGiven()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/infos-pratiques");

        Assert.NotNull(page.QuerySelector("a[href='https://cites-unies-france.org/-Rencontres-de-l-AICT-']"));
        Assert.NotNull(page.QuerySelector("a[href='http://raict.org']"));
        Assert.Equal("@CitesUniesFR", page.QuerySelector("a[href='https://twitter.com/CitesUniesFR']")!.TextContent);
        Assert.Contains("#RencontresAICT2022", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("vendredi 15 avril 2022", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
