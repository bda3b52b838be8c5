using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin.Publishing;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Tests.Admin;

[Trait("Dates", "ServerZone")]
public sealed class ContentEditorTests
{
    private static readonly string _editPath = "/admin/contents/Session/edit/" + AdminSite.SessionId;

    [Fact]
    public async Task TheEditorShowsTheSessionStartInParisTime()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();

        var page = await AdminSite.GetPageAsync(client, _editPath);

        Assert.Equal("2022-06-20T14:30", page.QuerySelector("#f_Session_StartsAt")!.GetAttribute("value"));
        Assert.Equal("Heure de Paris.", page.QuerySelector("#f_Session_StartsAt_hint")!.TextContent);
        Assert.Equal("Publier le (heure de Paris)", page.QuerySelector("label[for=PublishAt]")!.TextContent);
        Assert.Equal("Début", page.QuerySelector("label[for=f_Session_StartsAt]")!.TextContent);
    }

    [Fact]
    public async Task ADraftLeavesThePublishedVersionLiveUntilItIsPublished()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, _editPath));
        form["Session.StartsAt"] = "2022-06-20T15:00";

        var saved = await AdminSite.PostAsync(client, _editPath + "?handler=Save", form, _editPath);
        var published = await StartsAtAsync(site, VersionOptions.Published);
        var latest = await StartsAtAsync(site, VersionOptions.Latest);
        var publishForm = AdminSite.FormValues(await AdminSite.GetPageAsync(client, _editPath));
        var publish = await AdminSite.PostAsync(client, _editPath + "?handler=Publish", publishForm, _editPath);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("2022-06-20T12:30:00Z", published);
        Assert.Equal("2022-06-20T13:00:00Z", latest);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal("2022-06-20T13:00:00Z", await StartsAtAsync(site, VersionOptions.Published));
        Assert.Equal("admin", (await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(AdminSite.SessionId)))!.Author);
    }

    [Fact]
    public async Task EveryVersionIsListedAndAnOlderOneIsRestoredAsADraft()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, _editPath));
        form["Session.StartsAt"] = "2022-06-20T16:00";
        await AdminSite.PostAsync(client, _editPath + "?handler=Publish", form, _editPath);

        var versions = await AdminSite.GetPageAsync(client, $"/admin/contents/Session/{AdminSite.SessionId}/versions");
        var rows = versions.QuerySelectorAll("tbody tr");
        var oldest = rows[^1].QuerySelector("a")!.GetAttribute("href")!;
        var restore = await AdminSite.PostAsync(client, oldest + "?handler=Restore", [], oldest);

        Assert.Equal(2, rows.Length);
        Assert.Contains("admin", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal("2022-06-20T12:30:00Z", await StartsAtAsync(site, VersionOptions.Latest));
        Assert.Equal("2022-06-20T14:00:00Z", await StartsAtAsync(site, VersionOptions.Published));
    }

    [Fact]
    public async Task SavingOverAVersionSomeoneElseChangedMeanwhileIsRefusedAndNothingIsOverwritten()
    {
        await using var site = AdminSite.Start();
        var first = await site.SignInAsync();
        var second = await site.SignInAsync();
        var firstForm = AdminSite.FormValues(await AdminSite.GetPageAsync(first, _editPath));
        var secondForm = AdminSite.FormValues(await AdminSite.GetPageAsync(second, _editPath));
        firstForm["Session.Room"] = "Salle Einstein";
        secondForm["Session.Room"] = "Salle Curie";

        await AdminSite.PostAsync(first, _editPath + "?handler=Publish", firstForm, _editPath);
        var refused = await AdminSite.PostAsync(second, _editPath + "?handler=Save", secondForm, _editPath);
        var page = await AdminSite.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("modifié par admin", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Salle Curie", page.QuerySelector("#f_Session_Room")!.GetAttribute("value"));
        var latest = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(AdminSite.SessionId, VersionOptions.Latest));
        Assert.Equal("Salle Einstein", latest!.GetText("Session", "Room", "Text"));
        Assert.True(latest.Published);
    }

    [Fact]
    public async Task InvalidValuesAreRefusedWithTheirMessageNextToTheField()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, _editPath));
        form["Session.Capacity"] = "0";
        form["Session.EndsAt"] = "pas une date";

        var response = await AdminSite.PostAsync(client, _editPath + "?handler=Publish", form, _editPath);
        var page = await AdminSite.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("date et heure attendues", page.QuerySelector("#f_Session_EndsAt_error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#f_Session_EndsAt")!.GetAttribute("aria-invalid"));
        Assert.Single(await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAllVersionsAsync(AdminSite.SessionId)));

        form["Session.EndsAt"] = "2022-06-20T16:00";
        page = await AdminSite.ParseAsync(await AdminSite.PostAsync(client, _editPath + "?handler=Publish", form, _editPath));
        Assert.Contains("au moins 1", page.QuerySelector("#f_Session_Capacity_error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftScheduledForLaterIsPublishedWhenItsTimeComes()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, _editPath));
        form["Session.Room"] = "Amphithéâtre";
        form["PublishAt"] = "2022-05-02T12:00";

        var response = await AdminSite.PostAsync(client, _editPath + "?handler=Schedule", form, _editPath);
        site.Clock.Advance(TimeSpan.FromHours(1));
        var early = await RoomAsync(site, VersionOptions.Published);
        site.Clock.Advance(TimeSpan.FromHours(1));
        var published = await site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().PublishDueAsync());
        for (var i = 0; i < 50 && await RoomAsync(site, VersionOptions.Published) != "Amphithéâtre"; i++)
        {
            await Task.Delay(100); // the background service ticked on the moved clock and may still be publishing
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("", early);
        Assert.InRange(published, 0, 1);
        Assert.Equal("Amphithéâtre", await RoomAsync(site, VersionOptions.Published));
        Assert.Equal(0, await site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().PublishDueAsync()));
    }

    [Fact]
    public async Task TheListSearchesTitlesFiltersByStatusAndEditionAndSorts()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, "/admin/contents/Session/edit"));
        form["TitlePart.Title"] = "Atelier brouillon unique";
        await AdminSite.PostAsync(client, "/admin/contents/Session/edit?handler=Save", form, "/admin/contents/Session/edit");

        var search = await AdminSite.GetPageAsync(client, "/admin/contents/Session?Filter.Q=points");
        var drafts = await AdminSite.GetPageAsync(client, "/admin/contents/Session?Filter.Status=draft");
        var edition = await AdminSite.GetPageAsync(client, "/admin/contents/Session?Filter.Edition=4a1ct130ed1t0n000000000013&Filter.Sort=title");

        Assert.All(search.QuerySelectorAll("tbody tr td:first-child"), td => Assert.Contains("oints", td.TextContent, StringComparison.Ordinal));
        Assert.Equal("Atelier brouillon unique", Assert.Single(drafts.QuerySelectorAll("tbody tr td:first-child")).TextContent);
        var titles = edition.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.True(titles.Count > 5, $"{titles.Count} sessions in the 13th edition");
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
        Assert.DoesNotContain("Atelier brouillon unique", titles);
    }

    private static Task<string?> RoomAsync(AdminSite site, VersionOptions version) =>
        site.InScopeAsync(async sp => (await sp.GetRequiredService<ContentManager>().GetAsync(AdminSite.SessionId, version))!.GetText("Session", "Room", "Text"));

    private static Task<string?> StartsAtAsync(AdminSite site, VersionOptions version) =>
        site.InScopeAsync(async sp => (await sp.GetRequiredService<ContentManager>().GetAsync(AdminSite.SessionId, version))!.GetText("Session", "StartsAt", "Value"));
}
