using System.Text;
using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

/// <summary>The staff's journeys through the registrations and the registration form's elements, in Chromium against the real site.</summary>
public sealed class RegistrationsStaffJourneyTests
{
    private const string FormEdit = "/admin/contents/Form/edit/4a1ct130f0rm1nscr1pt10n001";

    [Fact]
    public async Task TheStaffFindsAVisitorsRegistrationCancelsItAndExportsTheListForTheVenue()
    {
        await using var site = await KestrelSite.StartAsync(BrowserSteps.RegistrationsOpen);
        await using var chromium = await Chromium.LaunchAsync();
        await BrowserSteps.RegisterAsync(await chromium.NewPageAsync(), site, "Anne", "Dupré", "anne.dupre@exemple.fr", "Ville de Dijon");
        await BrowserSteps.RegisterAsync(await chromium.NewPageAsync(), site, "Paul <b>x</b>", "Martin", "paul.martin@exemple.fr", "Métropole de Lyon");

        var page = await chromium.NewPageAsync();
        await BrowserSteps.SignInAsync(page, site, "/admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu de l'administration" })
            .GetByRole(AriaRole.Link, new() { Name = "Inscriptions", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inscriptions");
        Assert.Equal("2", await Count(page, "pending"));
        Assert.Equal("0", await Count(page, "cancelled"));

        await page.GetByLabel("Nom, e-mail, organisation ou référence").FillAsync("Martin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(page.Locator("main p[role=status]")).ToHaveTextAsync("1 inscription");
        await page.GetByRole(AriaRole.Link, new() { Name = "Martin Paul <b>x</b>" }).ClickAsync();

        // The visitor's HTML is an answer like any other: shown as typed, never as markup.
        var firstName = page.Locator("dl.answers dt:text-is('Prénom') + dd");
        await Assertions.Expect(firstName).ToHaveTextAsync("Paul <b>x</b>");
        Assert.Equal(0, await page.Locator("main b").CountAsync());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Paul <b>x</b> Martin");

        string? asked = null;
        page.Dialog += (_, dialog) =>
        {
            asked = dialog.Message;
            _ = dialog.AcceptAsync();
        };
        await page.GetByLabel("Je confirme l'annulation").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler l'inscription" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync(
            "Inscription annulée. La personne est prévenue par e-mail et la place est proposée à la liste d'attente.");
        Assert.Equal("Annuler cette inscription ?", asked);
        Assert.Equal("Annulée", await page.Locator("main p .badge").TextContentAsync());
        await Assertions.Expect(page.Locator("table.history tbody tr").Last).ToContainTextAsync("admin");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Annuler l'inscription" }).CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "← Inscriptions" }).ClickAsync();
        await Assertions.Expect(page.Locator("main p[role=status]")).ToHaveTextAsync("2 inscriptions");
        Assert.Equal("1", await Count(page, "pending"));
        Assert.Equal("1", await Count(page, "cancelled"));

        // The venue wants the people still expected, not the cancelled one.
        await page.GetByLabel("Statut", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "À confirmer" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(page.Locator("main p[role=status]")).ToHaveTextAsync("1 inscription");
        var csv = Encoding.UTF8.GetString(await DownloadAsync(page, "Exporter en CSV")).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"Référence\";\"Civilité\";\"Prénom\";\"Nom\";\"Adresse e-mail\";", csv[0], StringComparison.Ordinal);
        Assert.Contains("\"Statut\"", csv[0], StringComparison.Ordinal);
        var row = Assert.Single(csv[1..]);
        Assert.Contains("\"Anne\";\"Dupré\";\"anne.dupre@exemple.fr\";", row, StringComparison.Ordinal);
        Assert.Contains("\"À confirmer\"", row, StringComparison.Ordinal);

        var xlsx = await DownloadAsync(page, "Exporter en XLSX");
        Assert.True(xlsx.Length > 4, "the XLSX download is empty");
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
    }

    [Fact]
    public async Task TheAdministratorMovesAFieldUpFromTheFormsEditorAndVisitorsSeeTheNewOrderOncePublished()
    {
        await using var site = await KestrelSite.StartAsync(BrowserSteps.RegistrationsOpen);
        await using var chromium = await Chromium.LaunchAsync();
        var visitor = await chromium.NewPageAsync();
        Assert.Equal(["champ-FirstName", "champ-LastName"], await NameFieldsOrderAsync(visitor, site)); // now in the output cache

        var page = await chromium.NewPageAsync();
        await BrowserSteps.SignInAsync(page, site, FormEdit);
        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier les éléments du formulaire" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter « Nom »" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync("L'élément a été déplacé.");
        Assert.Equal(["champ-FirstName", "champ-LastName"], await NameFieldsOrderAsync(visitor, site));

        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le formulaire" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync("Le formulaire est publié : les visiteurs voient ces éléments.");
        Assert.Equal(["champ-LastName", "champ-FirstName"], await NameFieldsOrderAsync(visitor, site));
    }

    private static Task<string?> Count(IPage page, string status) => page.Locator($"table.counts td[data-status={status}]").TextContentAsync();

    private static async Task<byte[]> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    /// <summary>The first and last name fields of the public form, in the order visitors meet them.</summary>
    private static async Task<string[]> NameFieldsOrderAsync(IPage page, KestrelSite site)
    {
        await page.GotoAsync(new Uri(site.BaseAddress, "/inscription").ToString());
        return await page.Locator("#champ-FirstName, #champ-LastName").EvaluateAllAsync<string[]>("fields => fields.map(f => f.id)");
    }
}
