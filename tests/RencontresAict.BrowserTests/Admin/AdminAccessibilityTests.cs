using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

public sealed class AdminAccessibilityTests
{
    private static readonly string[] _pages =
    [
        "/admin", "/admin/contents/Session", "/admin/contents/Session/edit/4a1ct130sess10n02206201430", "/admin/contents/Edition/edit/4a1ct130ed1t0n000000000013",
        "/admin/contents/Session/4a1ct130sess10n02206201430/versions", "/admin/media", "/admin/content-types/Session", "/admin/users", "/admin/roles/Editor",
        "/admin/registrations", "/admin/workflows", "/admin/workflows/4a1ct130wf1nscr1pt10n00001", "/admin/workflows/4a1ct130wf1nscr1pt10n00001/instances",
        "/admin/outbox", "/admin/forms/4a1ct130f0rm1nscr1pt10n001/elements", "/admin/forms/4a1ct130f0rm1nscr1pt10n001/elements/edit?element=4a1ct130f0rmw1dget00400000",
        "/admin/editions/current", "/admin/editions/4a1ct130ed1t0n000000000013/next", "/admin/editions/4a1ct130ed1t0n000000000013/publish",
    ];

    [Fact]
    public async Task TheSignInPageAndTheMainAdminPagesHaveNoWcagAOrAaViolations()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var failures = new List<string>();

        await page.GotoAsync(new Uri(site.BaseAddress, "/admin/login").ToString());
        failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => "/admin/login: " + v));
        await page.GetByLabel("Nom d'utilisateur ou adresse e-mail").FillAsync("admin");
        await page.GetByLabel("Mot de passe").FillAsync("Browser-tests-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**/admin");
        foreach (var path in _pages)
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
            failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task ARegistrationItsListTheWorkflowInstanceItStartedAndTheEmailItQueuedHaveNoWcagAOrAaViolations()
    {
        await using var site = await KestrelSite.StartAsync(BrowserSteps.RegistrationsOpen);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        await BrowserSteps.RegisterAsync(page, site, "Anne", "Dupré", "anne.dupre@exemple.fr", "Ville de Dijon");
        var failures = new List<string>();

        await BrowserSteps.SignInAsync(page, site, "/admin/registrations");
        failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => "/admin/registrations (one row): " + v));
        await page.GetByRole(AriaRole.Link, new() { Name = "Dupré Anne" }).ClickAsync();
        failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => $"{new Uri(page.Url).AbsolutePath}: {v}"));
        await page.GotoAsync(new Uri(site.BaseAddress, "/admin/workflows/4a1ct130wf1nscr1pt10n00001/instances").ToString());
        failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => "/admin/workflows/…/instances (one instance): " + v));
        await page.Locator("main a[href^='/admin/workflows/instance/']").First.ClickAsync();
        failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => "/admin/workflows/instance/…: " + v));
        string? message = null;
        foreach (var status in (string[])["pending", "failed", "sent"])
        {
            await page.GotoAsync(new Uri(site.BaseAddress, "/admin/outbox?status=" + status).ToString());
            failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => $"/admin/outbox?status={status}: {v}"));
            var links = page.Locator("main table a[href^='/admin/outbox/']");
            message ??= await links.CountAsync() > 0 ? await links.First.GetAttributeAsync("href") : null;
        }

        Assert.NotNull(message); // the registration's confirmation e-mail, whether already sent or not
        await page.GotoAsync(new Uri(site.BaseAddress, message).ToString());
        failures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => "/admin/outbox/…: " + v));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
