using RencontresAict.Tests.Fixtures;
using static RencontresAict.Tests.Display.EditionArchiveTests;

namespace RencontresAict.Tests.Display;

/// <summary>Issue 10, points 6 to 8: speakers by edition, the series page, and a half-built edition's pages.</summary>
[Trait("Dates", "ServerZone")]
public sealed class EditionSeriesTests
{
    [Fact]
    public async Task EditionsListsEveryPublishedEditionAsAnEventSeries()
    {
        await using var site = await SiteFactory.StartAsync();

        await TestEdition.ImportAsync(site);
        var page = await site.GetOkPageAsync("/editions");
        var current = await site.GetOkPageAsync("/");

        var editions = page.QuerySelectorAll(".edition-summary");
        Assert.Equal(2, editions.Length);
        Assert.Contains("2023 — 14e édition", Text(editions[0]), StringComparison.Ordinal);
        Assert.NotNull(editions[0].QuerySelector("a[href='/']"));
        Assert.Contains("2022 — 13e édition", Text(editions[1]), StringComparison.Ordinal);
        Assert.Contains("« L'AICT, levier d'expérimentation face aux défis mondiaux »", Text(editions[1]), StringComparison.Ordinal);
        Assert.Contains("lundi 20 et mardi 21 juin 2022", Text(editions[1]), StringComparison.Ordinal);
        Assert.NotNull(editions[1].QuerySelector("a[href='/2022/']"));
        var series = JsonLd(page);
        Assert.Equal("EventSeries", series.GetProperty("@type").GetString());
        var subEvents = series.GetProperty("subEvent").EnumerateArray().ToList();
        Assert.Equal(["Rencontres de l'AICT 2022 — 13e édition", "Rencontres de l'AICT 2023 — 14e édition (essai)"],
            subEvents.Select(e => e.GetProperty("name").GetString()));
        Assert.All(subEvents, e => Assert.Equal("Event", e.GetProperty("@type").GetString()));
        var superEvent = JsonLd(current).GetProperty("superEvent");
        Assert.Equal("EventSeries", superEvent.GetProperty("@type").GetString());
        Assert.EndsWith("/editions", superEvent.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditionListsOnlyItsSpeakersAndASpeakerOfTwoEditionsHasOnePageWithBoth()
    {
        await using var site = await SiteFactory.StartAsync();

        await TestEdition.ImportAsync(site, sharedSpeaker: true);
        var current = await site.GetOkPageAsync("/intervenants");
        var archived = await site.GetOkPageAsync("/2022/intervenants");
        var speaker = await site.GetOkPageAsync("/intervenants/camille-essai");

        Assert.Equal([TestEdition.SpeakerName, TestEdition.AnnouncedSpeakerName], Names(current));
        Assert.Equal([TestEdition.SpeakerName, "François Rebsamen"], Names(archived));
        var editions = speaker.QuerySelectorAll(".speaker-edition");
        Assert.Equal(2, editions.Length);
        Assert.Contains("14e édition (2023)", Text(editions[0].QuerySelector("h2")), StringComparison.Ordinal);
        Assert.NotNull(editions[0].QuerySelector("a[href='/programme/2023-06-19-0900-seance-d-essai']"));
        Assert.Contains("13e édition (2022)", Text(editions[1].QuerySelector("h2")), StringComparison.Ordinal);
        Assert.NotNull(editions[1].QuerySelector("a[href='/programme/2022-06-21-1700-seance-d-essai']"));
    }

    [Fact]
    public async Task AHalfBuiltEditionShowsNoBrokenSentenceOrEmptyHeading()
    {
        await using var site = await SiteFactory.StartAsync();

        await TestEdition.ImportAsync(site, halfBuilt: true);
        var home = await site.GetOkPageAsync("/");
        var practical = await site.GetOkPageAsync("/infos-pratiques");

        foreach (var page in new[] { home, practical })
        {
            var footer = Text(page.QuerySelector("footer"));
            Assert.DoesNotContain("organisées par", footer, StringComparison.Ordinal);
            Assert.DoesNotContain("Contact :", footer, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Éditorial", MainText(home), StringComparison.Ordinal);
        Assert.DoesNotContain("« »", MainText(home), StringComparison.Ordinal);
        Assert.Equal("Rencontres de l'AICT 2023 — 14e édition (essai)", Text(home.QuerySelector("h1")));
        Assert.DoesNotContain("contactez :", MainText(practical), StringComparison.Ordinal);
        Assert.DoesNotContain(practical.QuerySelectorAll("h2"), h => Text(h) is "Contact" or "Liens");
        Assert.Contains("lundi 19 et mardi 20 juin 2023", MainText(practical), StringComparison.Ordinal);
    }

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".speakers > li > a").Select(a => Text(a)).ToList();
}
