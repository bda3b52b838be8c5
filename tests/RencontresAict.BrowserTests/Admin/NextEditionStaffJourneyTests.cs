using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

/// <summary>
/// The staff prepare next year's edition from this one in Chromium, publish it as current and see it on the home page, with
/// last year's under its year.
/// </summary>
public sealed class NextEditionStaffJourneyTests
{
    private const string Edition13 = "/admin/contents/Edition/edit/4a1ct130ed1t0n000000000013";

    [Fact]
    public async Task StaffPrepareThe14thFromThe13thSetItsDatesPublishItAsCurrentAndTheHomePageShowsItWhileThe13thStaysUnderItsYear()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());
        Assert.StartsWith("13", await page.Locator(".site-edition").TextContentAsync(), StringComparison.Ordinal); // now in the output cache

        await BrowserSteps.SignInAsync(page, site, Edition13);
        await page.GetByRole(AriaRole.Link, new() { Name = "Préparer l'édition suivante" }).ClickAsync();
        Assert.Equal("14", await page.GetByLabel("Numéro de la nouvelle édition").InputValueAsync());
        await page.GetByLabel("Premier jour").FillAsync("2023-06-19");
        await page.GetByLabel("Dernier jour").FillAsync("2023-06-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Préparer l'édition suivante" }).ClickAsync();

        Assert.Contains("est prête en brouillon", await page.Locator(".notice[role=status]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("2023-06-19T14:30", await page.Locator("#f_Edition_StartsAt").InputValueAsync());
        Assert.Equal("2023-06-20T17:00", await page.Locator("#f_Edition_EndsAt").InputValueAsync());
        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());
        Assert.StartsWith("13", await page.Locator(".site-edition").TextContentAsync(), StringComparison.Ordinal);

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Publier l'édition" }).ClickAsync();
        Assert.True(await page.GetByLabel("En faire l'édition courante").IsCheckedAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier l'édition" }).ClickAsync();
        Assert.Contains("c'est maintenant l'édition courante", await page.Locator(".notice[role=status]").TextContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());
        Assert.StartsWith("14", await page.Locator(".site-edition").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("lundi 19 et mardi 20 juin 2023", (await page.Locator(".edition p.when").TextContentAsync())!.Trim());

        // Last year's edition stays online under its year, with its own header.
        await page.GotoAsync(new Uri(site.BaseAddress, "/2022/").ToString());
        Assert.StartsWith("13", await page.Locator(".site-edition").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("juin 2022", await page.Locator(".site-edition").TextContentAsync(), StringComparison.Ordinal);
    }
}
