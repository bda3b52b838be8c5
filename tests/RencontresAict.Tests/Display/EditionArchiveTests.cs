using System.Text.Json;
using AngleSharp.Html.Dom;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

/// <summary>Issue 10, point 5: every published edition keeps its own pages under its year once another one is current.</summary>
[Trait("Dates", "ServerZone")]
public sealed class EditionArchiveTests
{
    [Fact]
    public async Task WithTheFourteenthCurrentThe2022PagesShowTheThirteenthExactlyAsBefore()
    {
        await using var site = await SiteFactory.StartAsync();
        var programmeBefore = await site.GetOkPageAsync("/programme");
        var practicalBefore = await site.GetOkPageAsync("/infos-pratiques");
        var partnersBefore = await site.GetOkPageAsync("/partenaires");

        await TestEdition.ImportAsync(site);
        var programme = await site.GetOkPageAsync("/2022/programme");
        var home = await site.GetOkPageAsync("/2022/");
        var practical = await site.GetOkPageAsync("/2022/infos-pratiques");
        var partners = await site.GetOkPageAsync("/2022/partenaires");

        Assert.Equal(11, programme.QuerySelectorAll(".slot").Length);
        Assert.Equal(MainText(programmeBefore), MainText(programme));
        Assert.Equal(MainText(partnersBefore), MainText(partners));
        Assert.Contains("lundi 20 et mardi 21 juin 2022", MainText(practical), StringComparison.Ordinal);
        Assert.Contains("coop-dec@cites-unies-france.org", MainText(practical), StringComparison.Ordinal);
        Assert.DoesNotContain("/inscription\"", practical.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        foreach (var page in new[] { programme, home, practical, partners })
        {
            Assert.Equal("13e édition · lundi 20 et mardi 21 juin 2022", Text(page.QuerySelector(".site-edition")));
            Assert.Contains("organisées par Cités Unies France.", Text(page.QuerySelector("footer")), StringComparison.Ordinal);
            Assert.Contains("+33 (0)1 53 41 81 81", Text(page.QuerySelector("footer")), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector(".site-nav a[href='/2022/programme']"));
            Assert.NotNull(page.QuerySelector(".site-archive a[href='/']"));
            Assert.DoesNotContain("2023", Text(page.QuerySelector("header")), StringComparison.Ordinal);
        }

        Assert.Contains("Rencontres de l'AICT 2022 — 13e édition", programme.Title, StringComparison.Ordinal);
        Assert.Equal("« L'AICT, levier d'expérimentation face aux défis mondiaux »", Text(home.QuerySelector("h1")));
        Assert.NotNull(home.QuerySelector(".formats a[href='/2022/programme']"));
        var register = home.QuerySelector(".register")!;
        Assert.Contains("Inscriptions closes", Text(register), StringComparison.Ordinal);
        Assert.NotNull(register.QuerySelector("a[href='/']"));
        Assert.Null(register.QuerySelector("a[href='/inscription']"));
        var jsonLd = JsonLd(home);
        Assert.Equal("Rencontres de l'AICT 2022 — 13e édition", jsonLd.GetProperty("name").GetString());
        Assert.StartsWith("2022-06-20T14:30:00+02:00", jsonLd.GetProperty("startDate").GetString(), StringComparison.Ordinal);
        Assert.Equal("EventSeries", jsonLd.GetProperty("superEvent").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task WithTheFourteenthCurrentTheRootShowsItAndRegistrationBelongsToIt()
    {
        await using var site = await SiteFactory.StartAsync();

        await TestEdition.ImportAsync(site);
        var home = await site.GetOkPageAsync("/");
        var underItsYear = await site.GetOkPageAsync("/2023/");
        var programme = await site.GetOkPageAsync("/programme");
        var registration = await site.GetOkPageAsync("/inscription");
        var archivedRegistration = await site.GetOkPageAsync("/2022/inscription");
        var oldSession = await site.GetOkPageAsync("/programme/2022-06-20-1430-points-pays");

        Assert.Equal($"« {TestEdition.Theme} »", Text(home.QuerySelector("h1")));
        Assert.Equal("14e édition · lundi 19 et mardi 20 juin 2023", Text(home.QuerySelector(".site-edition")));
        Assert.Null(home.QuerySelector(".site-archive"));
        Assert.Equal(Text(home.QuerySelector("h1")), Text(underItsYear.QuerySelector("h1")));
        Assert.Equal(2, programme.QuerySelectorAll(".slot").Length);
        Assert.DoesNotContain("Points pays", MainText(programme), StringComparison.Ordinal);
        Assert.DoesNotContain("2022", MainText(programme), StringComparison.Ordinal);
        Assert.Equal(TestEdition.FormTitle, Text(registration.QuerySelector("h1")));
        Assert.Equal("Inscriptions closes", Text(archivedRegistration.QuerySelector("h1")));
        Assert.NotNull(archivedRegistration.QuerySelector("main a[href='/inscription']"));
        Assert.Equal("13e édition · lundi 20 et mardi 21 juin 2022", Text(oldSession.QuerySelector(".site-edition")));
        Assert.NotNull(oldSession.QuerySelector(".breadcrumb a[href='/2022/programme']"));
    }

    [Fact]
    public async Task The2022ExportsStayTheThirteenthsWhileTheRootOnesFollowTheFourteenth()
    {
        await using var site = await SiteFactory.StartAsync();
        using var client = site.CreateClient();

        await TestEdition.ImportAsync(site);
        var archived = await client.GetStringAsync(new Uri("/2022/programme.ics", UriKind.Relative));
        var current = await client.GetStringAsync(new Uri("/programme.ics", UriKind.Relative));
        var json = await client.GetStringAsync(new Uri("/2022/schedule.json", UriKind.Relative));
        var xml = await client.GetStringAsync(new Uri("/2022/schedule.xml", UriKind.Relative));
        var underItsYear = await client.GetStringAsync(new Uri("/2023/schedule.json", UriKind.Relative));
        using var noEdition = await client.GetAsync(new Uri("/2019/schedule.json", UriKind.Relative));

        Assert.Equal(11, CountOf(archived, "BEGIN:VEVENT"));
        Assert.Contains("Points pays", archived, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(current, "BEGIN:VEVENT"));
        Assert.DoesNotContain("Points pays", current, StringComparison.Ordinal);
        Assert.Contains("Points pays", json, StringComparison.Ordinal);
        Assert.Contains("2022-06-20", json, StringComparison.Ordinal);
        Assert.Contains("Points pays", xml, StringComparison.Ordinal);
        Assert.Contains("Séance d'essai de 2023", underItsYear, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, noEdition.StatusCode);
    }

    [Fact]
    public async Task ADraftEditionShowsNothingUnderItsYear()
    {
        await using var site = await SiteFactory.StartAsync();

        await TestEdition.ImportAsync(site, published: false, current: false);
        var (homeStatus, _) = await site.GetPageAsync("/2023/");
        var (programmeStatus, _) = await site.GetPageAsync("/2023/programme");
        var (speakersStatus, _) = await site.GetPageAsync("/2023/intervenants");
        var (sessionStatus, _) = await site.GetPageAsync("/programme/2023-06-19-0900-seance-d-essai");
        var series = await site.GetOkPageAsync("/editions");
        var root = await site.GetOkPageAsync("/");
        using var client = site.CreateClient();
        using var schedule = await client.GetAsync(new Uri("/2023/schedule.json", UriKind.Relative));

        Assert.Equal([404, 404, 404, 404], new[] { homeStatus, programmeStatus, speakersStatus, sessionStatus });
        Assert.Equal(System.Net.HttpStatusCode.NotFound, schedule.StatusCode);
        Assert.Single(series.QuerySelectorAll(".edition-summary"));
        Assert.DoesNotContain("2023", MainText(series), StringComparison.Ordinal);
        Assert.Equal("13e édition · lundi 20 et mardi 21 juin 2022", Text(root.QuerySelector(".site-edition")));
    }

    internal static string Text(AngleSharp.Dom.IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static string MainText(IHtmlDocument page) => Text(page.QuerySelector("main"));

    internal static JsonElement JsonLd(IHtmlDocument page)
    {
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        return json.RootElement.Clone();
    }

    private static int CountOf(string text, string value) => text.Split(value).Length - 1;
}
