using RencontresAict.BrowserTests.Admin;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests;

/// <summary>
/// The pages under their real Content-Security-Policy (no BypassCSP): Chromium reports every refused script, style,
/// image or frame in the console, and there must be none; the admin's script still runs (its rich-text editor appears).
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests
{
    private static readonly string[] _publicPages =
        ["/", "/programme", "/programme/2022-06-20-1430-points-pays", "/intervenants", "/partenaires", "/infos-pratiques", "/inscription", "/recherche?q=atelier", "/cette-page-n-existe-pas"];

    private static readonly string[] _adminPages =
    [
        "/admin", "/admin/contents/Session", "/admin/contents/Session/edit/4a1ct130sess10n02206201430", "/admin/media", "/admin/users",
        "/admin/users/edit", "/admin/contents/Speaker/edit", "/admin/contents/Session/4a1ct130sess10n02206201430/preview", "/admin/registrations", "/admin/workflows/4a1ct130wf1nscr1pt10n00001", "/admin/outbox",
    ];

    [Fact]
    public async Task PublicAndAdminPagesBreakNoRuleOfTheirContentSecurityPolicy()
    {
        await using var site = await KestrelSite.StartAsync(BrowserSteps.RegistrationsOpen);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add($"{new Uri(page.Url).PathAndQuery}: {message.Text}");
            }
        };

        foreach (var path in _publicPages)
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
        }

        await BrowserSteps.RegisterAsync(page, site, "Anne", "Dupré", "anne.dupre@exemple.fr", "Ville de Dijon");
        await BrowserSteps.SignInAsync(page, site, "/admin");
        foreach (var path in _adminPages)
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
        }

        await page.GotoAsync(new Uri(site.BaseAddress, "/admin/contents/Session/edit/4a1ct130sess10n02206201430").ToString());
        var richTextEditors = await page.Locator(".rte[contenteditable=true]").CountAsync();
        // The registrant's own message (HTML, shown in the sandboxed frame): the workflow queued it before the thank-you
        // page answered, so it is pending or, once dispatched, sent. The staff notice beside it is text only, and which of
        // the two came first in a list depended on timing (the test once opened the notice and waited for a frame).
        var message = page.Locator("main table tr", new() { HasText = "anne.dupre@exemple.fr" }).Locator("a[href^='/admin/outbox/']");
        foreach (var status in new[] { "pending", "sent" })
        {
            await page.GotoAsync(new Uri(site.BaseAddress, "/admin/outbox?status=" + status).ToString());
            if (await message.CountAsync() > 0)
            {
                break;
            }
        }

        await message.First.ClickAsync();
        await page.Locator("iframe.mail-body").WaitForAsync();

        Assert.True(richTextEditors > 0, "admin.js did not run: no rich-text editor on the session's edit page");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
