using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

public sealed class AdminAccessibilityTests
{
    private static readonly string[] _pages =
    [
        "/admin", "/admin/contents/Session", "/admin/contents/Session/edit/4a1ct130sess10n02206201430", "/admin/contents/Edition/edit/4a1ct130ed1t0n000000000013",
        "/admin/contents/Session/4a1ct130sess10n02206201430/versions", "/admin/media", "/admin/content-types/Session", "/admin/users", "/admin/roles/Editor",
    ];

    [Fact]
    public async Task TheSignInPageAndTheMainAdminPagesHaveNoWcagAOrAaViolations()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var failures = new List<string>();

        await page.GotoAsync(new Uri(site.BaseAddress, "/admin/login").ToString());
        failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => "/admin/login: " + v));
        await page.GetByLabel("Nom d'utilisateur ou adresse e-mail").FillAsync("admin");
        await page.GetByLabel("Mot de passe").FillAsync("Browser-tests-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        foreach (var path in _pages)
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
            failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
