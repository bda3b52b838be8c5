using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RencontresAict.BrowserTests.Admin;
using RencontresAict.BrowserTests.Fixtures;
using RencontresAict.Workflows.Email;

namespace RencontresAict.BrowserTests;

public sealed partial class RegistrationFormBrowserTests
{
    [Fact]
    public async Task VisitorCorrectsOneMistakeShownBesideTheFieldAndReachesTheThankYouPage()
    {
        await using var site = await KestrelSite.StartAsync(new Dictionary<string, string?> { ["Site:AsOf"] = "2022-05-01T10:00:00Z" });
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(AxeCore.PageOptions);

        await page.GotoAsync(new Uri(site.BaseAddress, "/inscription").ToString());
        var formViolations = await AxeCore.FindViolationsAsync(page);
        await page.GetByLabel("Madame").CheckAsync();
        await page.GetByLabel("Prénom").FillAsync("Anne");
        await page.Locator("#champ-LastName").FillAsync("Dupré");
        await page.GetByLabel("Adresse e-mail").FillAsync("anne.dupre@exemple");
        await page.GetByLabel("Type d'organisation").SelectOptionAsync("collectivite");
        await page.Locator("#champ-OrganisationName").FillAsync("Ville de Dijon");
        await page.GetByLabel("Fonction").FillAsync("Chargée de mission");
        await page.GetByLabel("Mardi 21 juin 2022").CheckAsync();
        await page.Locator("#champ-PrivacyConsent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Je m'inscris" }).ClickAsync();

        var focused = await page.EvaluateAsync<string>("document.activeElement.id");
        var address = new Uri(page.Url).AbsolutePath;
        var error = await page.Locator("#champ-Email-erreur").TextContentAsync();
        var describedBy = await page.Locator("#champ-Email").GetAttributeAsync("aria-describedby");
        var keptName = await page.Locator("#champ-FirstName").InputValueAsync();
        var keptDay = await page.GetByLabel("Mardi 21 juin 2022").IsCheckedAsync();
        var errorViolations = await AxeCore.FindViolationsAsync(page);
        await page.Locator("#champ-Email").FillAsync("anne.dupre@exemple.fr");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Je m'inscris" }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**/inscription/merci");

        Assert.True(formViolations.Count == 0, string.Join(Environment.NewLine, formViolations));
        Assert.Equal("resume-des-erreurs", focused);
        Assert.Equal("/inscription", address);
        Assert.Contains("Saisissez une adresse e-mail valide", error, StringComparison.Ordinal);
        Assert.Contains("champ-Email-erreur", describedBy, StringComparison.Ordinal);
        Assert.Equal("Anne", keptName);
        Assert.True(keptDay);
        Assert.True(errorViolations.Count == 0, string.Join(Environment.NewLine, errorViolations));
        Assert.Equal("Merci pour votre inscription", await page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task VisitorOpensTheConfirmationLinkOfTheEmailPressesItsButtonAndIsConfirmed()
    {
        await using var site = await KestrelSite.StartAsync(new Dictionary<string, string?> { ["Site:AsOf"] = "2022-05-01T10:00:00Z" });
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(AxeCore.PageOptions);
        await BrowserSteps.RegisterAsync(page, site, "Anne", "Dupré", "anne.dupre@exemple.fr", "Ville de Dijon");

        await page.GotoAsync(await ConfirmationLinkAsync(site));
        var asked = await page.Locator("main").TextContentAsync();
        var violations = await AxeCore.FindViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Je confirme mon inscription" }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**/inscription/confirmee");

        Assert.Contains("Anne Dupré", asked, StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>The confirmation link of the e-mail the site queued (its outbox, whatever the delivery method).</summary>
    private static async Task<string> ConfirmationLinkAsync(KestrelSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var message = (await scope.ServiceProvider.GetRequiredService<OutboxStore>().ListAsync()).Single(m => m.Subject.StartsWith("Confirmez", StringComparison.Ordinal));
        var link = WebUtility.HtmlDecode(Link().Matches(message.HtmlBody!).Select(m => m.Groups[1].Value).First(l => l.Contains("/workflows/signal", StringComparison.Ordinal)));
        return new Uri(site.BaseAddress, new Uri(link, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(link).PathAndQuery : link).ToString();
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
