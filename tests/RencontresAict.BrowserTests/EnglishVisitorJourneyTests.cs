using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RencontresAict.BrowserTests.Admin;
using RencontresAict.BrowserTests.Fixtures;
using RencontresAict.Workflows.Email;

namespace RencontresAict.BrowserTests;

/// <summary>
/// A foreign participant in Chromium (issue 12): reads the English home and programme, opens a session, switches to
/// French and back, registers at /en/registration, confirms from the English e-mail; axe-core finds nothing on the way.
/// </summary>
public sealed partial class EnglishVisitorJourneyTests
{
    [Fact]
    public async Task AForeignVisitorReadsTheProgrammeInEnglishRegistersAndConfirmsFromTheEnglishEmail()
    {
        await using var site = await KestrelSite.StartAsync(new Dictionary<string, string?> { ["Site:AsOf"] = "2022-05-01T10:00:00Z" });
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(AxeCore.PageOptions);
        var violations = new List<string>();
        async Task CheckAsync() => violations.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => $"{new Uri(page.Url).AbsolutePath}: {v}"));

        await page.GotoAsync(new Uri(site.BaseAddress, "/en/").ToString());
        var homeLang = await page.GetAttributeAsync("html", "lang");
        await CheckAsync();
        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Programme", Exact = true }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**/en/programme");
        var programme = await page.Locator("main").TextContentAsync();
        await CheckAsync();
        await page.Locator(".session .session-title a").First.ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**/en/programme/**");
        var sessionPath = new Uri(page.Url).AbsolutePath;
        await CheckAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Version française" }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, url => !new Uri(url).AbsolutePath.StartsWith("/en/", StringComparison.Ordinal));
        var frenchLang = await page.GetAttributeAsync("html", "lang");
        var frenchPath = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Link, new() { Name = "English version" }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**" + sessionPath);

        await page.GotoAsync(new Uri(site.BaseAddress, "/en/registration").ToString());
        await CheckAsync();
        await page.GetByLabel("Ms", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("First name").FillAsync("Sam");
        await page.GetByLabel("Last name").FillAsync("Lee");
        await page.GetByLabel("E-mail address").FillAsync("sam.lee@example.org");
        await page.GetByLabel("Type of organisation").SelectOptionAsync("collectivite");
        await page.GetByLabel("Name of the organisation").FillAsync("City of Accra");
        await page.Locator("#field-Position").FillAsync("International relations officer");
        await page.Locator("#field-Country").FillAsync("Ghana");
        await page.GetByLabel("Tuesday 21 June 2022").CheckAsync();
        await page.Locator("#field-PrivacyConsent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**/en/registration/thank-you");
        await CheckAsync();

        var ask = await WaitForMessageAsync(site, m => m.Subject.StartsWith("Confirm your registration", StringComparison.Ordinal));
        await page.GotoAsync(ConfirmationLink(site, ask));
        await CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "I confirm my registration" }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**/en/registration/confirmed");
        var confirmedLang = await page.GetAttributeAsync("html", "lang");

        Assert.Equal(("en", "fr", "en"), (homeLang, frenchLang, confirmedLang));
        Assert.Contains("Monday 20 June 2022", programme, StringComparison.Ordinal);
        Assert.StartsWith("/programme/", frenchPath, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task<OutboxMessage> WaitForMessageAsync(KestrelSite site, Func<OutboxMessage, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            await using var scope = site.Services.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<OutboxStore>().ListAsync()).FirstOrDefault(match) is { } message)
            {
                return message;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    private static string ConfirmationLink(KestrelSite site, OutboxMessage message)
    {
        var link = WebUtility.HtmlDecode(Link().Matches(message.HtmlBody!).Select(m => m.Groups[1].Value).First(l => l.Contains("/workflows/signal", StringComparison.Ordinal)));
        return new Uri(site.BaseAddress, new Uri(link, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(link).PathAndQuery : link).ToString();
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
