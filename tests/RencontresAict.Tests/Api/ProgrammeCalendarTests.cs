using System.Text.Json.Nodes;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

[Trait("Dates", "ServerZone")]
public sealed class ProgrammeCalendarTests
{
    [Fact]
    public async Task AnEnglishCalendarNamesASessionsSpeakersInEnglish()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        using var client = site.CreateClient();

        var english = Calendar.Load(await client.GetStringAsync(new Uri($"/en/my-programme.ics?sessions={ConferenceSeed.Opening}", UriKind.Relative)))!;
        var french = Calendar.Load(await client.GetStringAsync(new Uri($"/mon-programme.ics?sessions={ConferenceSeed.Opening}", UriKind.Relative)))!;

        Assert.Contains("Speakers: François Rebsamen", Assert.Single(english.Events).Description, StringComparison.Ordinal);
        Assert.Contains("Intervenants : François Rebsamen", Assert.Single(french.Events).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammeIcsParsesBackWithIcalNetAndListsEveryPublishedSession()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        using var response = await site.CreateClient().GetAsync("/programme.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var calendar = Calendar.Load(text)!;
        Assert.Equal(4, calendar.Events.Count);
        Assert.Contains("X-WR-CALNAME:Rencontres de l'AICT 2022 — 13e édition — programme", text.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("Europe/Paris", Assert.Single(calendar.TimeZones).TzId);
        var opening = calendar.Events.Single(e => e.Uid == $"{ConferenceSeed.Opening}@rencontres-aict");
        Assert.Equal("Ouverture des Rencontres", opening.Summary);
        Assert.Equal("CONFIRMED", opening.Status);
        Assert.Equal(["Conférence plénière"], opening.Categories);
        Assert.Equal("Amphithéâtre Gaston Berger, Cité des Sciences et de l'Industrie, 30, avenue Corentin-Cariou, 75019 Paris, France", opening.Location);
        Assert.Equal($"http://localhost:5080/programme/{ConferenceSeed.Opening}", opening.Url!.ToString());
        Assert.StartsWith("Séance Ouverture des Rencontres & échanges.", opening.Description, StringComparison.Ordinal);
        Assert.Contains("Intervenants : François Rebsamen", opening.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(calendar.Events, e => e.Uid!.StartsWith(ConferenceSeed.Draft, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SessionTimesCarryTzidEuropeParisAndTheLocalHoursOfParis()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var text = await site.CreateClient().GetStringAsync("/programme.ics");

        // 07:30Z on 20 June 2022 is 09:30 in Paris (summer time), whatever the server's own time zone.
        Assert.Contains("DTSTART;TZID=Europe/Paris:20220620T093000", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Paris:20220620T103000", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0200", text, StringComparison.Ordinal);
        var opening = Calendar.Load(text)!.Events.Single(e => e.Uid == $"{ConferenceSeed.Opening}@rencontres-aict");
        Assert.Equal(new DateTime(2022, 6, 20, 7, 30, 0, DateTimeKind.Utc), opening.DtStart!.AsUtc);
    }

    [Fact]
    public async Task UidsStayTheSameAcrossRequestsAndRestarts()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", Guid.NewGuid().ToString("N"));
        string first;
        await using (var site = await ApiSite.StartAsync(dataPath, keepData: true))
        {
            await ConferenceSeed.SeedAsync(site);
            first = await site.CreateClient().GetStringAsync("/programme.ics");
            Assert.Equal(Uids(first), Uids(await site.CreateClient().GetStringAsync("/programme.ics")));
        }

        await using (var restarted = await ApiSite.StartAsync(dataPath))
        {
            var again = await restarted.CreateClient().GetStringAsync("/programme.ics");

            Assert.Equal(Uids(first), Uids(again));
            Assert.Equal(first, again);
        }
    }

    [Fact]
    public async Task RepublishingAChangedSessionRaisesItsSequenceAndEvictsTheCachedFeed()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient();
        var before = Event(await client.GetStringAsync("/programme.ics"), ConferenceSeed.WaterWorkshop);

        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync(ConferenceSeed.WaterWorkshop, VersionOptions.DraftRequired))!;
            draft.GetPart("Session")!["Room"] = new JsonObject { ["Text"] = "Salle Jules Verne" };
            await content.UpdateAsync(draft);
            await content.PublishAsync(draft);
        });
        var after = Event(await client.GetStringAsync("/programme.ics"), ConferenceSeed.WaterWorkshop);

        Assert.Equal(0, before.Sequence);
        Assert.Equal(1, after.Sequence);
        Assert.StartsWith("Salle Jules Verne, ", after.Location, StringComparison.Ordinal);
        Assert.Equal(before.Uid, after.Uid);
    }

    [Fact]
    public async Task CancelledSessionIsStatusCancelled()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var cancelled = Event(await site.CreateClient().GetStringAsync("/programme.ics"), ConferenceSeed.Cancelled);

        Assert.Equal("CANCELLED", cancelled.Status);
    }

    [Fact]
    public async Task SecondRequestIsServedFromTheOutputCache()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient();

        using var first = await client.GetAsync("/programme.ics");
        using var second = await client.GetAsync("/programme.ics");

        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"));
    }

    [Fact]
    public async Task SessionCalendarHoldsOneSessionAndEditionCalendarHasOneEventPerDayOfItsProgrammeNotSpanningTheNight()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);
        var client = site.CreateClient();

        var session = Calendar.Load(await client.GetStringAsync($"/programme/{ConferenceSeed.Opening}.ics"))!;
        var edition = await client.GetStringAsync("/edition.ics");
        using var unknown = await client.GetAsync("/programme/nope.ics");
        using var draft = await client.GetAsync($"/programme/{ConferenceSeed.Draft}.ics");

        Assert.Equal($"{ConferenceSeed.Opening}@rencontres-aict", Assert.Single(session.Events).Uid);
        Assert.Equal([$"{ConferenceSeed.Edition}-20220620@rencontres-aict", $"{ConferenceSeed.Edition}-20220621@rencontres-aict"], Uids(edition));
        var days = Calendar.Load(edition)!.Events.OrderBy(e => e.Uid).Select(e => $"{e.DtStart!.TzId} {e.DtStart.Value:yyyy-MM-dd HH:mm}–{e.DtEnd!.Value:HH:mm}");
        Assert.Equal(["Europe/Paris 2022-06-20 09:30–16:00", "Europe/Paris 2022-06-21 10:00–11:30"], days);
        Assert.Equal(404, (int)unknown.StatusCode);
        Assert.Equal(404, (int)draft.StatusCode);
    }

    private static string[] Uids(string ics) => [.. Calendar.Load(ics)!.Events.Select(e => e.Uid!).Order()];

    private static Ical.Net.CalendarComponents.CalendarEvent Event(string ics, string contentItemId) =>
        Calendar.Load(ics)!.Events.Single(e => e.Uid == $"{contentItemId}@rencontres-aict");
}
