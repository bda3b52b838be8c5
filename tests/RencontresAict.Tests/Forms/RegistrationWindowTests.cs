using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Forms;

[Trait("Dates", "ServerZone")]
public sealed class RegistrationWindowTests
{
    [Fact]
    public async Task BeforeOpeningThePageSaysWhenItOpensAndAPostStoresNothing()
    {
        await using var site = await RegistrationSite.StartAsync(new Dictionary<string, string?> { ["Site:AsOf"] = "2022-04-01T10:00:00Z" });
        using var visitor = site.NewVisitor();

        var (status, page) = await visitor.GetAsync("/inscription");
        var posted = await visitor.PostAsync("/formulaires/" + RegistrationSite.FormId, [], RegistrationVisitor.ValidAnswers());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("ne sont pas encore ouvertes\u00A0: elles ouvriront le vendredi 15 avril 2022 à 0 h 00 (heure de Paris)", page.QuerySelector(".form-closed")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.form-content"));
        Assert.True(posted.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden);
        Assert.Empty(await site.ListRegistrationsAsync());
    }

    [Fact]
    public async Task WithNoClosingDateRegistrationClosesWhenTheEditionStarts()
    {
        await using var site = await RegistrationSite.StartAsync(new Dictionary<string, string?> { ["Site:AsOf"] = "2022-06-20T12:31:00Z" });
        using var visitor = site.NewVisitor();

        var (_, page) = await visitor.GetAsync("/inscription");

        Assert.Contains("ont pris fin à l'ouverture des Rencontres, le lundi 20 juin 2022 à 14 h 30 (heure de Paris)", page.QuerySelector(".form-closed")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.form-content"));
    }

    [Fact]
    public async Task AfterTheClosingDateThePageSaysSinceWhenAndAFormOpenedBeforeIsRefused()
    {
        await using var site = await RegistrationSite.StartAsync(new Dictionary<string, string?> { ["Site:AsOf"] = "2022-06-10T10:00:00Z" });
        using var visitor = site.NewVisitor();
        var (action, hidden) = await visitor.OpenFormAsync();
        await site.Site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentManager>();
            var edition = (await content.GetAsync(SiteFactory.EditionId, VersionOptions.DraftRequired))!;
            edition.GetOrCreatePart("Edition")["RegistrationClosesAt"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = "2022-06-10T09:00:00Z" };
            await content.UpdateAsync(edition);
            await content.PublishAsync(edition);
        });

        var late = await visitor.PostAsync(action, hidden, RegistrationVisitor.ValidAnswers());
        var page = await RegistrationVisitor.ParseAsync(late);

        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Contains("Les inscriptions sont closes depuis le vendredi 10 juin 2022 à 11 h 00 (heure de Paris)", page.QuerySelector(".form-closed")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await site.ListRegistrationsAsync());
    }

    [Fact]
    public async Task TheLiveSiteTodayShowsRegistrationClosed()
    {
        await using var site = await RegistrationSite.StartAsync(new Dictionary<string, string?> { ["Site:AsOf"] = null });
        using var visitor = site.NewVisitor();

        var (_, page) = await visitor.GetAsync("/inscription");

        Assert.Contains("Les inscriptions sont closes", page.QuerySelector(".form-closed")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenFormPageIsNeverServedFromTheOutputCache()
    {
        await using var site = await RegistrationSite.StartAsync();
        using var first = site.NewVisitor();
        using var second = site.NewVisitor();

        var a = (await first.OpenFormAsync()).Hidden;
        var b = (await second.OpenFormAsync()).Hidden;

        Assert.NotEqual(a["__FormToken"], b["__FormToken"]);
    }
}
