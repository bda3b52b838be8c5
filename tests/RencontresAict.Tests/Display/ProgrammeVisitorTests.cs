using System.Text.Json.Nodes;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

[Trait("Dates", "ServerZone")]
public sealed class ProgrammeVisitorTests
{
    [Fact]
    public async Task FormatTagsFilterTheProgrammeOnTheServerAndEachSlotLinksItsCalendarRoomAndSpeakers()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://rencontres.example.org" });
        await TestEdition.ImportAsync(site, current: false);
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var session = (await content.GetAsync(TestEdition.SessionId))!;
            ((JsonObject)session.Content["Session"]!)["Room"] = new JsonObject { ["Text"] = "Salle Condorcet" };
            await content.UpdateAsync(session);
        });

        var whole = await site.GetOkPageAsync("/programme");
        var workshopLink = whole.QuerySelectorAll("li.session a.format").First(a => a.TextContent.Trim() == "Atelier thématique").GetAttribute("href")!;
        var workshops = await site.GetOkPageAsync(workshopLink);
        var wholeAgain = await site.GetOkPageAsync("/programme");
        var next = await site.GetOkPageAsync("/2023/programme");
        var slot = next.QuerySelectorAll("li.session").Single(li => li.GetAttribute("data-session-id") == TestEdition.SessionId);
        var sessionPage = await site.GetOkPageAsync("/programme/2023-06-19-0900-seance-d-essai");

        Assert.Equal("/programme?format=atelier-thematique", workshopLink);
        Assert.Equal(11, whole.QuerySelectorAll("li.slot").Length);
        Assert.Equal(2, workshops.QuerySelectorAll("li.session").Length);
        Assert.All(workshops.QuerySelectorAll("li.session"), s => Assert.Contains("Atelier thématique", s.QuerySelectorAll(".format").Select(f => f.TextContent.Trim())));
        Assert.Equal("Atelier thématique", workshops.QuerySelector(".format-filter a[aria-current=page]")!.TextContent.Trim());
        Assert.Equal(11, wholeAgain.QuerySelectorAll("li.slot").Length);
        Assert.Equal("/programme.ics", whole.QuerySelector(".calendar-links a[href$='.ics']")!.GetAttribute("href"));
        Assert.Equal("webcal://rencontres.example.org/programme.ics", whole.QuerySelector(".calendar-links a[href^='webcal:']")!.GetAttribute("href"));
        Assert.Equal("/2023/programme.ics", next.QuerySelector(".calendar-links a[href$='.ics']")!.GetAttribute("href"));
        Assert.All(whole.QuerySelectorAll("li.session"), s => Assert.Equal($"/programme/{s.GetAttribute("data-session-id")}.ics", s.QuerySelector("a.add-calendar")!.GetAttribute("href")));
        Assert.Equal("Salle\u00A0: Salle Condorcet", slot.QuerySelector(".room")!.TextContent.Trim());
        Assert.Equal("/intervenants/camille-essai", slot.QuerySelector(".speakers a")!.GetAttribute("href"));
        Assert.Equal($"/programme/{TestEdition.SessionId}.ics", sessionPage.QuerySelector("main a.add-calendar")!.GetAttribute("href"));
        Assert.Equal("Salle\u00A0: Salle Condorcet", sessionPage.QuerySelector(".room")!.TextContent.Trim());
    }

    [Fact]
    public async Task CalendarsAnswerHeadAsGetAndMonProgrammeHoldsExactlyTheMarkedSessionsOrIsAnEmptyCalendarWhenNoneIsMarked()
    {
        await using var site = await SiteFactory.StartAsync();
        var programme = await site.GetOkPageAsync("/programme");
        var ids = programme.QuerySelectorAll("li.session").Select(s => s.GetAttribute("data-session-id")!).ToList();
        using var client = site.CreateClient();

        using var headProgramme = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/programme.ics", UriKind.Relative)));
        using var headSession = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri($"/programme/{ids[0]}.ics", UriKind.Relative)));
        var mine = Calendar.Load(await client.GetStringAsync(new Uri($"/mon-programme.ics?sessions={ids[2]},{ids[6]},inconnue", UriKind.Relative)))!;
        using var none = await client.GetAsync(new Uri("/mon-programme.ics", UriKind.Relative));
        using var gone = await client.GetAsync(new Uri("/mon-programme.ics?sessions=inconnue", UriKind.Relative));
        var empty = await none.Content.ReadAsStringAsync();
        using var archived = await client.GetAsync(new Uri($"/2022/mon-programme.ics?sessions={ids[2]}", UriKind.Relative));

        Assert.Equal(200, (int)headProgramme.StatusCode);
        Assert.Equal("text/calendar", headProgramme.Content.Headers.ContentType!.MediaType);
        Assert.Equal(200, (int)headSession.StatusCode);
        Assert.Equal([$"{ids[2]}@rencontres-aict", $"{ids[6]}@rencontres-aict"], mine.Events.Select(e => e.Uid!).Order());
        Assert.Equal(200, (int)none.StatusCode);
        Assert.Equal("text/calendar", none.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mon-programme.ics", none.Content.Headers.ContentDisposition!.FileNameStar ?? none.Content.Headers.ContentDisposition.FileName);
        Assert.Empty(Calendar.Load(empty)!.Events);
        Assert.Contains("(aucune session choisie)", empty.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(Calendar.Load(await gone.Content.ReadAsStringAsync())!.Events);
        Assert.Equal(200, (int)archived.StatusCode);
    }
}
