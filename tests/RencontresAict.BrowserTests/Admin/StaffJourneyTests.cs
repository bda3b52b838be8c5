using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

/// <summary>The staff's journeys in Chromium against the real site on Kestrel, set up from the 13th edition's recipe.</summary>
public sealed class StaffJourneyTests
{
    private const string AdminPassword = "Browser-tests-1";
    private const string SessionEdit = "/admin/contents/Session/edit/4a1ct130sess10n02206201430";

    [Fact]
    public async Task AnAuthorCreatedByTheAdministratorWritesADraftButIsOfferedNoPublishing()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await using var chromium = await Chromium.LaunchAsync();
        var admin = await chromium.NewPageAsync();
        await SignInAsync(admin, site, "admin", AdminPassword, "/admin/users/edit");
        await admin.GetByLabel("Nom d'utilisateur").FillAsync("autrice");
        await admin.GetByLabel("Adresse e-mail").FillAsync("autrice@example.org");
        await admin.GetByLabel("Author").CheckAsync();
        await admin.Locator("#NewPassword").FillAsync("Autrice-pass-1");
        await admin.Locator("#ConfirmPassword").FillAsync("Autrice-pass-1");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        Assert.Contains("autrice", await admin.Locator("main table").TextContentAsync(), StringComparison.Ordinal);

        var author = await (await chromium.NewContextAsync()).NewPageAsync();
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
}
