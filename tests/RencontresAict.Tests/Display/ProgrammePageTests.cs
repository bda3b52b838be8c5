using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

[Trait("Dates", "ServerZone")]
public sealed class ProgrammePageTests
{
    private static readonly (string Day, string Time, string Title, string Format)[] Slots =
    [
        ("Lundi 20 juin 2022", "14 h 30 – 16 h 00", "Points pays", "Point pays"),
        ("Lundi 20 juin 2022", "16 h 00 – 16 h 30", "Pause café", "Pause"),
        ("Lundi 20 juin 2022", "16 h 30 – 18 h 00", "Points pays", "Point pays"),
        ("Lundi 20 juin 2022", "18 h 00 – 19 h 00", "Verre de l'amitié / Mise à l'honneur des élues et élus de CUF / Remise du label «\u00A0Territoires unis et solidaires face aux crises\u00A0»", "Cérémonie"),
        ("Mardi 21 juin 2022", "8 h 30 – 9 h 00", "Accueil des participants", "Accueil"),
        ("Mardi 21 juin 2022", "9 h 00 – 9 h 30", "Ouverture des Rencontres", "Ouverture"),
        ("Mardi 21 juin 2022", "9 h 30 – 11 h 00", "Conférence plénière", "Conférence plénière"),
        ("Mardi 21 juin 2022", "11 h 30 – 13 h 00", "Ateliers / Micro-ateliers / Rencontres B to B…", "Micro-atelier"),
        ("Mardi 21 juin 2022", "13 h 00 – 14 h 15", "Cocktail déjeuner", "Cocktail"),
        ("Mardi 21 juin 2022", "14 h 30 – 16 h 00", "Ateliers / Micro-ateliers / Rencontres B to B…", "Atelier thématique"),
        ("Mardi 21 juin 2022", "16 h 00 – 17 h 00", "Pot de clôture", "Clôture"),
    ];

    [Fact]
    public async Task EachSlotOfThePrintedProgrammeIsShownOnItsDayInParisTimeWithItsFormat()
    {
        // One site for every slot of the flyer (a site per slot cost a start each).
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/programme");

        foreach (var (day, time, title, format) in Slots)
        {
            var section = page.QuerySelectorAll("section.day").Single(s => s.QuerySelector("h2")!.TextContent.Trim() == day);
            var slot = section.QuerySelectorAll("li.slot").Single(s => s.QuerySelector(".slot-time")!.TextContent.Trim() == time);
            var session = slot.QuerySelectorAll("li.session").Single(s => s.QuerySelector("a")!.TextContent.Trim() == title);
            Assert.True(session.QuerySelectorAll(".format").Any(f => f.TextContent.Trim() == format), $"{day} {time} {title}: no format {format}");
            Assert.StartsWith("/programme/", session.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProgrammeHasElevenSlotsOverTwoDaysAndNamesParisTimeOnce()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/programme");

        Assert.Equal(["Lundi 20 juin 2022", "Mardi 21 juin 2022"], page.QuerySelectorAll("section.day h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(11, page.QuerySelectorAll("li.slot").Length);
        Assert.Single(page.QuerySelectorAll("main p"), p => p.TextContent.Contains("heure de Paris", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll(".slot-time time"), t => Assert.EndsWith("+02:00", t.GetAttribute("datetime"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SessionPageShowsItsTimeInParisAndItsFormat()
    {
        await using var site = await SiteFactory.StartAsync();
        var programme = await site.GetOkPageAsync("/programme");
        var href = programme.QuerySelectorAll("li.session a").First(a => a.TextContent.Trim() == "Conférence plénière").GetAttribute("href")!;

        var page = await site.GetOkPageAsync(href);

        Assert.Equal("Conférence plénière", page.QuerySelector("h1")!.TextContent.Trim());
        var when = HomePageTests.Normalize(page.QuerySelector(".when")!.TextContent);
        Assert.Equal("Mardi 21 juin 2022, 9 h 30 – 11 h 00 (heure de Paris)", when);
        Assert.Equal("2022-06-21T09:30:00+02:00", page.QuerySelector(".when time")!.GetAttribute("datetime"));
        Assert.Contains("Conférence plénière", page.QuerySelector(".formats")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Conférence plénière thématique.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MicroAteliersSessionDescribesTheTwentyMinuteFormat()
    {
        await using var site = await SiteFactory.StartAsync();

        var page = await site.GetOkPageAsync("/programme/2022-06-21-1130-ateliers-micro-ateliers-rencontres-b-to-b");

        Assert.Contains("«\u00A020 minutes pour expliquer, convaincre, diffuser…\u00A0»", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
