using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

/// <summary>The staff's journeys in Chromium against the real site on Kestrel, set up from the 13th edition's recipe.</summary>
public sealed class StaffJourneyTests
{
    private const string AdminPassword = "Browser-tests-1";
    private const string SessionEdit = "/admin/contents/Session/edit/4a1ct130sess10n02206201430";

    [Fact]
    public async Task TheAdministratorMovesASessionInParisTimeDraftsPreviewsPublishesAndRestoresThePreviousVersion()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        Assert.Equal("14 h 30", await ProgrammeStartAsync(page, site)); // now in the output cache

        await SignInAsync(page, site, "admin", AdminPassword, "/admin/contents/Session");
        await page.GetByLabel("Titre contient").FillAsync("Points pays");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Points pays" }).First.ClickAsync();
        var startsAt = page.Locator("#f_Session_StartsAt");
        Assert.Equal("2022-06-20T14:30", await startsAt.InputValueAsync());

        await startsAt.FillAsync("2022-06-20T15:15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        Assert.Equal("Brouillon enregistré.", await page.Locator(".notice[role=status]").TextContentAsync());
        Assert.Equal("14 h 30", await ProgrammeStartAsync(page, site));

        await page.GotoAsync(new Uri(site.BaseAddress, SessionEdit).ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Aperçu" }).ClickAsync();
        Assert.Contains("15 h 15", await page.Locator("p.when").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Points pays", await page.Locator("h1").TextContentAsync());

        await page.GotoAsync(new Uri(site.BaseAddress, SessionEdit).ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        Assert.Equal("Le contenu est publié.", await page.Locator(".notice[role=status]").TextContentAsync());
        Assert.Equal("15 h 15", await ProgrammeStartAsync(page, site));

        await page.GotoAsync(new Uri(site.BaseAddress, SessionEdit).ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir" }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restaurer cette version comme brouillon" }).ClickAsync();
        Assert.Equal("2022-06-20T14:30", await page.Locator("#f_Session_StartsAt").InputValueAsync());
        Assert.Equal("15 h 15", await ProgrammeStartAsync(page, site));
    }

    [Fact]
    public async Task AnAuthorCreatedByTheAdministratorWritesADraftButIsOfferedNoPublishing()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await using var chromium = await Chromium.LaunchAsync();
        var admin = await chromium.Browser.NewPageAsync();
        await SignInAsync(admin, site, "admin", AdminPassword, "/admin/users/edit");
        await admin.GetByLabel("Nom d'utilisateur").FillAsync("autrice");
        await admin.GetByLabel("Adresse e-mail").FillAsync("autrice@example.org");
        await admin.GetByLabel("Author").CheckAsync();
        await admin.Locator("#NewPassword").FillAsync("Autrice-pass-1");
        await admin.Locator("#ConfirmPassword").FillAsync("Autrice-pass-1");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        Assert.Contains("autrice", await admin.Locator("main table").TextContentAsync(), StringComparison.Ordinal);

        var author = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await SignInAsync(author, site, "autrice", "Autrice-pass-1", "/admin/contents/Session/edit");
        await author.Locator("#f_TitlePart_Title").FillAsync("Atelier proposé par l'autrice");
        await author.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();

        Assert.Equal("Brouillon enregistré.", await author.Locator(".notice[role=status]").TextContentAsync());
        Assert.Equal(0, await author.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).CountAsync());
        var response = await author.GotoAsync(new Uri(site.BaseAddress, SessionEdit).ToString());
        Assert.EndsWith("/admin/denied", new Uri(author.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(403, response!.Status);
    }

    private static async Task SignInAsync(IPage page, KestrelSite site, string login, string password, string target)
    {
        await page.GotoAsync(new Uri(site.BaseAddress, target).ToString());
        Assert.Equal("/admin/login", new Uri(page.Url).AbsolutePath);
        await page.GetByLabel("Nom d'utilisateur ou adresse e-mail").FillAsync(login);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        Assert.Equal(target, new Uri(page.Url).AbsolutePath);
    }

    /// <summary>The hour under which the public programme lists the session (its slot), as visitors read it.</summary>
    private static async Task<string?> ProgrammeStartAsync(IPage page, KestrelSite site)
    {
        await page.GotoAsync(new Uri(site.BaseAddress, "/programme").ToString());
        var slot = page.Locator("li.slot", new() { Has = page.Locator("a[href$='2022-06-20-1430-points-pays']") });
        return await slot.Locator("h3.slot-time time").First.TextContentAsync();
    }
}
