using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Api.JsonLd;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

public sealed class EventJsonLdTests
{
    [Fact]
    public async Task SessionIsAnEventInsideTheEditionInsideTheSeries()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var session = await site.InScopeAsync(sp => sp.GetRequiredService<EventJsonLdBuilder>().ForSessionAsync(ConferenceSeed.Opening, "https://rencontres.example"));

        Assert.Equal("https://schema.org", session!["@context"]!.GetValue<string>());
        Assert.Equal("Event", session["@type"]!.GetValue<string>());
        Assert.Equal("2022-06-20T09:30:00+02:00", session["startDate"]!.GetValue<string>());
        Assert.Equal("https://schema.org/EventScheduled", session["eventStatus"]!.GetValue<string>());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", session["eventAttendanceMode"]!.GetValue<string>());
        Assert.Equal("75019", session["location"]!["address"]!["postalCode"]!.GetValue<string>());
        Assert.Equal(48.8956, session["location"]!["geo"]!["latitude"]!.GetValue<double>());
        Assert.Equal("Cités Unies France", session["organizer"]!["name"]!.GetValue<string>());
        Assert.Equal($"https://rencontres.example/programme/{ConferenceSeed.Opening}", session["url"]!.GetValue<string>());
        var edition = session["superEvent"]!;
        Assert.Equal("Rencontres de l'AICT 2022 — 13e édition", edition["name"]!.GetValue<string>());
        Assert.Equal("2022-06-21T17:00:00+02:00", edition["endDate"]!.GetValue<string>());
        Assert.Equal("EventSeries", edition["superEvent"]!["@type"]!.GetValue<string>());
        Assert.Equal(EventJsonLdBuilder.SeriesName, edition["superEvent"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task CancelledSessionIsMarkedEventCancelled()
    {
        await using var site = await ApiSite.StartAsync();
        await ConferenceSeed.SeedAsync(site);

        var session = await site.InScopeAsync(sp => sp.GetRequiredService<EventJsonLdBuilder>().ForSessionAsync(ConferenceSeed.Cancelled, "https://rencontres.example"));

        Assert.Equal("https://schema.org/EventCancelled", session!["eventStatus"]!.GetValue<string>());
    }
}
