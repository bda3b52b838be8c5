using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

/// <summary>Steps the browser tests share: waiting for a page, a visitor registering through the public form, the staff signing in.</summary>
public static class BrowserSteps
{
    public const string AdminPassword = "Browser-tests-1";

    /// <summary>A free port, and the clock on 1 May 2022, while the 13th edition's registrations are open.</summary>
    public static IDictionary<string, string?> RegistrationsOpen => new Dictionary<string, string?>(AdminBrowserSettings.RandomPort)
    {
        ["Site:AsOf"] = "2022-05-01T10:00:00Z",
    };

    /// <summary>
    /// Waits until the browser shows the page at <paramref name="urlGlob"/>, loaded: its address, then the document's
    /// own <c>readyState</c>. Not Playwright's "load" event: in two full runs, after a form post answered by a redirect,
    /// the thank-you page was shown, "networkidle" was reported and "load" never was (90 s); the page has no resource
    /// that could hold it.
    /// </summary>
    public static async Task WaitForPageAsync(IPage page, string urlGlob)
    {
        await page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("document.readyState === 'complete'");
    }

    /// <summary>As <see cref="WaitForPageAsync(IPage, string)"/>, for an address <paramref name="url"/> accepts.</summary>
    public static async Task WaitForPageAsync(IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("document.readyState === 'complete'");
    }

    /// <summary>Fills in and sends /inscription as a visitor does, and waits for the thank-you page.</summary>
    public static async Task RegisterAsync(IPage page, KestrelSite site, string firstName, string lastName, string email, string organisation)
    {
        await page.GotoAsync(new Uri(site.BaseAddress, "/inscription").ToString());
        await page.GetByLabel("Madame").CheckAsync();
        await page.GetByLabel("Prénom").FillAsync(firstName);
        await page.Locator("#champ-LastName").FillAsync(lastName);
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Type d'organisation").SelectOptionAsync("collectivite");
        await page.Locator("#champ-OrganisationName").FillAsync(organisation);
        await page.GetByLabel("Fonction").FillAsync("Chargée de mission");
        await page.GetByLabel("Mardi 21 juin 2022").CheckAsync();
        await page.Locator("#champ-PrivacyConsent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Je m'inscris" }).ClickAsync();
        try
        {
            await WaitForPageAsync(page, "**/inscription/merci");
        }
        catch (TimeoutException timeout)
        {
            // Say where the visitor was left and what the page told them (a failure seen once in a full run, not alone).
            var summary = await page.Locator("#resume-des-erreurs").AllTextContentsAsync();
            throw new TimeoutException($"No thank-you page: the visitor is on {page.Url}, errors shown: [{string.Join(" | ", summary)}]", timeout);
        }
    }

    /// <summary>Opens <paramref name="target"/>, is sent to the sign-in page, signs in and lands back on the target.</summary>
    public static async Task SignInAsync(IPage page, KestrelSite site, string target, string login = "admin", string password = AdminPassword)
    {
        await page.GotoAsync(new Uri(site.BaseAddress, target).ToString());
        Assert.Equal("/admin/login", new Uri(page.Url).AbsolutePath);
        await page.GetByLabel("Nom d'utilisateur ou adresse e-mail").FillAsync(login);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        Assert.Equal(target, new Uri(page.Url).AbsolutePath);
    }
}
