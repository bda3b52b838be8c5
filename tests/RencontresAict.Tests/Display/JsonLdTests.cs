using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

[Trait("Dates", "ServerZone")]
public sealed class JsonLdTests
{
    [Fact]
    public async Task HomePageDescribesTheEditionAsAnEventWithOffsetsPlaceAndOrganizer()
    {
        await using var site = await SiteFactory.StartAsync();

        var json = await JsonLdOfAsync(site, "/");

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("Rencontres de l'AICT 2022 — 13e édition", json.GetProperty("name").GetString());
        Assert.Equal("2022-06-20T14:30:00+02:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2022-06-21T17:00:00+02:00", json.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventScheduled", json.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("fr", json.GetProperty("inLanguage").GetString());
        var place = json.GetProperty("location");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        var address = place.GetProperty("address");
        Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
        Assert.Equal("30, avenue Corentin-Cariou", address.GetProperty("streetAddress").GetString());
        Assert.Equal("75019", address.GetProperty("postalCode").GetString());
        Assert.Equal("Paris", address.GetProperty("addressLocality").GetString());
        Assert.Equal("France", address.GetProperty("addressCountry").GetString());
        Assert.Equal(48.8956, place.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Equal(2.3881, place.GetProperty("geo").GetProperty("longitude").GetDouble());
        var organizer = json.GetProperty("organizer");
        Assert.Equal("Organization", organizer.GetProperty("@type").GetString());
        Assert.Equal("Cités Unies France", organizer.GetProperty("name").GetString());
        Assert.StartsWith("https://cites-unies-france.org", organizer.GetProperty("url").GetString(), StringComparison.Ordinal);
        var series = json.GetProperty("superEvent");
        Assert.Equal("EventSeries", series.GetProperty("@type").GetString());
        Assert.Equal("Rencontres de l'action internationale des collectivités territoriales (AICT)", series.GetProperty("name").GetString());
    }

    [Fact]
    public async Task SessionPageDescribesTheSessionWithTheEditionAsSuperEvent()
    {
        await using var site = await SiteFactory.StartAsync();

        var json = await JsonLdOfAsync(site, "/programme/2022-06-20-1430-points-pays");

        Assert.Equal("Points pays", json.GetProperty("name").GetString());
        Assert.Equal("2022-06-20T14:30:00+02:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2022-06-20T16:00:00+02:00", json.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventScheduled", json.GetProperty("eventStatus").GetString());
        Assert.Equal("75019", json.GetProperty("location").GetProperty("address").GetProperty("postalCode").GetString());
        var edition = json.GetProperty("superEvent");
        Assert.Equal("Event", edition.GetProperty("@type").GetString());
        Assert.Equal("2022-06-20T14:30:00+02:00", edition.GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task CancelledSessionIsMarkedEventCancelledAndKeepsItsDate()
    {
        await using var site = await SiteFactory.StartAsync();
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync("4a1ct130sess10n02206201430", VersionOptions.DraftRequired))!;
            draft.GetPart("Session")!["Cancelled"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = true };
            await content.SaveDraftAsync(draft);
            await content.PublishAsync(draft);
        });

        var json = await JsonLdOfAsync(site, "/programme/2022-06-20-1430-points-pays");

        Assert.Equal("https://schema.org/EventCancelled", json.GetProperty("eventStatus").GetString());
        Assert.Equal("2022-06-20T14:30:00+02:00", json.GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task TextThatLooksLikeMarkupCannotCloseTheScriptElement()
    {
        await using var site = await SiteFactory.StartAsync();
        await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var draft = (await content.GetAsync("4a1ct130sess10n02206201430", VersionOptions.DraftRequired))!;
            draft.GetPart("TitlePart")!["Title"] = "Points pays</script><script>alert(1)</script>";
            await content.SaveDraftAsync(draft);
            await content.PublishAsync(draft);
        });

        var page = await site.GetOkPageAsync("/programme/2022-06-20-1430-points-pays");

        var script = Assert.Single(page.QuerySelectorAll("script"), s => s.GetAttribute("type") == "application/ld+json");
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.GetAttribute("type") != "application/ld+json" && s.GetAttribute("src") is null);
        Assert.Equal("Points pays</script><script>alert(1)</script>", json.RootElement.GetProperty("name").GetString());
    }

    private static async Task<JsonElement> JsonLdOfAsync(SiteFactory site, string path)
    {
        var page = await site.GetOkPageAsync(path);
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        return json.RootElement.Clone();
    }
}
