using Ical.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

/// <summary>
/// The public site in English under /en (issue 12): the 13th edition's English items, English texts and dates,
/// hreflang alternates and the language switch, the French page with a notice where no translation exists, /de/ a
/// 404 in the layout, the English calendar and search, and the French site as it was.
/// </summary>
[Trait("Dates", "ServerZone")]
public sealed class EnglishSiteTests
{
    [Fact]
    public async Task AForeignVisitorReadsTheProgrammeInEnglishWhileTheFrenchSiteStaysFrench()
    {
        await using var site = await SiteFactory.StartAsync();

        var english = await site.GetOkPageAsync("/en/programme");
        var french = await site.GetOkPageAsync("/programme");

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Coffee break", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Monday 20 June 2022", english.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("2:30 pm", english.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Times are given in Paris time.", english.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Speakers", NavText(english), StringComparison.Ordinal);
        Assert.DoesNotContain("Pause café", english.Body.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/programme", Alternate(english, "fr"), StringComparison.Ordinal);
        Assert.EndsWith("/en/programme", Alternate(english, "en"), StringComparison.Ordinal);
        Assert.EndsWith("/programme", Alternate(english, "x-default"), StringComparison.Ordinal);
        Assert.Equal("/programme", english.QuerySelector("a[hreflang=fr]")!.GetAttribute("href"));
        Assert.All(english.QuerySelectorAll(".session .session-title a"), a => Assert.StartsWith("/en/programme/", a.GetAttribute("href"), StringComparison.Ordinal));

        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Pause café", french.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("14 h 30", french.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Coffee break", french.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(11, french.QuerySelectorAll(".session").Length);
        Assert.Equal("/en/programme", french.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EnglishPagesNameTheirFrenchCounterpartAndAnUntranslatedPageShowsInFrenchWithANotice()
    {
        await using var site = await SiteFactory.StartAsync();
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var page = await content.NewAsync("Page");
            page.DisplayText = "Plan d'accès";
            page.GetOrCreatePart("TitlePart")["Title"] = "Plan d'accès";
            page.GetOrCreatePart("AutoroutePart")["Path"] = "plan-acces";
            page.GetOrCreatePart("HtmlBodyPart")["Html"] = "<p>Entrée principale, avenue Corentin-Cariou.</p>";
            await content.CreateAsync(page);
        });

        var home = await site.GetOkPageAsync("/en/");
        var speaker = await site.GetOkPageAsync("/en/speakers/francois-rebsamen");
        var session = await site.GetOkPageAsync("/en/programme/2022-06-20-1600-coffee-break");
        var untranslated = await site.GetOkPageAsync("/en/plan-acces");
        var (unknownStatus, unknown) = await site.GetPageAsync("/de/");
        var practical = await site.GetOkPageAsync("/en/practical-information");

        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        Assert.Contains("a lever for experimentation in the face of global challenges", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Monday 20 and Tuesday 21 June 2022", home.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"inLanguage\"", home.Head!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Mayor of Dijon", speaker.Body!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/intervenants/francois-rebsamen", Alternate(speaker, "fr"), StringComparison.Ordinal);
        Assert.Contains("2:30 pm", (await site.GetOkPageAsync("/en/programme/2022-06-20-1430-country-meetings")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("4:00 pm – 4:30 pm", session.Body!.TextContent.Replace("\u2009", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("en", untranslated.DocumentElement.GetAttribute("lang"));
        Assert.Contains("has not been translated yet", untranslated.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Entrée principale", untranslated.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal("fr", untranslated.QuerySelector("main [lang]")!.GetAttribute("lang"));
        Assert.Equal(404, unknownStatus);
        Assert.NotNull(unknown.QuerySelector("header.site-header"));
        Assert.Contains("Getting there", practical.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("line 7, Porte de la Villette station", practical.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEnglishCalendarAndSearchUseTheEnglishItemsAndTheFrenchOnesAreUnchanged()
    {
        await using var site = await SiteFactory.StartAsync();
        using var client = site.CreateClient();

        var englishCalendar = await client.GetStringAsync(new Uri("/en/programme.ics", UriKind.Relative));
        var frenchCalendar = await client.GetStringAsync(new Uri("/programme.ics", UriKind.Relative));
        var englishSearch = await site.GetOkPageAsync("/en/search?q=coffee");
        var stemmed = await site.GetOkPageAsync("/en/search?q=meeting");
        var frenchSearch = await site.GetOkPageAsync("/recherche?q=cafe");

        Assert.Contains("SUMMARY:Coffee break", englishCalendar, StringComparison.Ordinal);
        Assert.DoesNotContain("Pause café", englishCalendar, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Pause café", frenchCalendar, StringComparison.Ordinal);
        Assert.DoesNotContain("Coffee", frenchCalendar, StringComparison.Ordinal);
        Assert.Equal(11, CountOf(frenchCalendar, "BEGIN:VEVENT"));
        Assert.Contains("Coffee break", Results(englishSearch), StringComparison.Ordinal);
        Assert.Contains("Country meetings", Results(stemmed), StringComparison.Ordinal);
        Assert.Contains("Pause café", Results(frenchSearch), StringComparison.Ordinal);
        Assert.DoesNotContain("Coffee", Results(frenchSearch), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishVisitorsOwnProgrammeIsNamedInEnglishWithOrWithoutSessionsAndTheFrenchOneStaysFrench()
    {
        await using var site = await SiteFactory.StartAsync();
        using var client = site.CreateClient();
        var programme = Calendar.Load(await client.GetStringAsync(new Uri("/en/programme.ics", UriKind.Relative)))!;
        var uid = programme.Events.First().Uid!;
        var id = uid[..uid.IndexOf('@', StringComparison.Ordinal)];

        var mine = Unfolded(await client.GetStringAsync(new Uri($"/en/my-programme.ics?sessions={id}", UriKind.Relative)));
        using var noneResponse = await client.GetAsync(new Uri("/en/my-programme.ics", UriKind.Relative));
        var none = Unfolded(await noneResponse.Content.ReadAsStringAsync());
        var french = Unfolded(await client.GetStringAsync(new Uri("/mon-programme.ics", UriKind.Relative)));

        Assert.Single(Calendar.Load(mine)!.Events);
        Assert.Contains("X-WR-CALNAME:My programme — ", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("(no session chosen)", mine, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:My programme — ", none, StringComparison.Ordinal);
        Assert.Contains("(no session chosen)", none, StringComparison.Ordinal);
        Assert.Equal("my-programme.ics", noneResponse.Content.Headers.ContentDisposition!.FileNameStar ?? noneResponse.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("X-WR-CALNAME:Mon programme — ", french, StringComparison.Ordinal);
        Assert.Contains("(aucune session choisie)", french, StringComparison.Ordinal);
    }

    /// <summary>The calendar text with its folded lines joined (RFC 5545 folds at 75 octets).</summary>
    private static string Unfolded(string calendar) => calendar.Replace("\r\n ", "", StringComparison.Ordinal);

    private static string Alternate(IHtmlDocument page, string language) =>
        page.QuerySelector($"link[rel=alternate][hreflang='{language}']")?.GetAttribute("href") ?? "";

    private static string NavText(IHtmlDocument page) => page.QuerySelector("nav.site-nav")?.TextContent ?? "";

    private static string Results(IHtmlDocument page) => page.QuerySelector("main")?.TextContent ?? "";

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
