using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;
using RencontresAict.Content.Recipes;

namespace RencontresAict.BrowserTests.Admin;

/// <summary>
/// The communication team's journey in Chromium, on the 13th edition's site with a news list, a page made of
/// widgets and a layer (tests/RencontresAict.Tests/TestData/news-and-widgets.recipe.json): add a link to the main menu
/// and see it in the header, add an article to the news list and see it on the list page, add a widget to the page's
/// flow and one to the footer zone and see them on the public pages; axe-core finds nothing on the pages touched.
/// </summary>
public sealed class SiteCompositionJourneyTests
{
    private const string MainMenuId = "4a1ct13menuprincipal000001";
    private const string ListId = "4a1ct13test0actualites0001";
    private const string PageId = "4a1ct13test0pagewidgets001";

    [Fact]
    public async Task TheStaffEditTheMenuANewsListAPageOfWidgetsAndTheFooterAndVisitorsSeeEachChange()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(RecipePath(), new Dictionary<string, string?>());
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var axe = new List<string>();
        async Task CheckAsync(string what) => axe.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => $"{what}: {v}"));
        Task GoAsync(string path) => page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
        var notice = page.Locator(".notice[role=status]");

        await BrowserSteps.SignInAsync(page, site, $"/admin/menus/{MainMenuId}");
        await CheckAsync("menu editor");
        await page.GetByLabel("Texte de nouveau lien").FillAsync("Actualités");
        await page.GetByLabel("Adresse de nouveau lien").FillAsync("/actualites");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le menu" }).ClickAsync();
        await Assertions.Expect(notice).ToContainTextAsync("a été publié");

        await GoAsync($"/admin/contents/Actualites/edit/{ListId}");
        await CheckAsync("news list editor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvel article" }).ClickAsync();
        await page.GetByLabel("Titre").FillAsync("Une nouvelle salle");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        await Assertions.Expect(notice).ToHaveTextAsync("Le contenu est publié.");
        await page.GetByRole(AriaRole.Link, new() { Name = "← la liste" }).ClickAsync();
        await Assertions.Expect(page.Locator("#list tbody")).ToContainTextAsync("Une nouvelle salle");
        await CheckAsync("news list with its article");

        await GoAsync($"/admin/contents/PageWidgets/edit/{PageId}");
        await CheckAsync("page editor with its widgets");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter un widget…" }).ClickAsync();
        await CheckAsync("new flow widget");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Texte" }).FillAsync("Deuxième paragraphe.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le widget" }).ClickAsync();
        await Assertions.Expect(page.Locator("#flow tbody tr")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter « Deuxième paragraphe. »" }).ClickAsync();
        await Assertions.Expect(page.Locator("#flow tbody tr").First).ToContainTextAsync("Deuxième paragraphe.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        await Assertions.Expect(notice).ToHaveTextAsync("Le contenu est publié.");

        await GoAsync("/admin/layers");
        await CheckAsync("layers");
        await page.GetByLabel("Type de widget (Footer)").SelectOptionAsync("Paragraphe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter un widget à « Footer »" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Texte" }).FillAsync("Rencontres organisées par Cités Unies France.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        await Assertions.Expect(notice).ToHaveTextAsync("Le contenu est publié.");
        await page.GetByRole(AriaRole.Link, new() { Name = "← Couches et widgets" }).ClickAsync();
        await Assertions.Expect(page.Locator("#zone-footer ~ div tbody")).ToContainTextAsync("Rencontres organisées par Cités Unies France.");
        await CheckAsync("layers with a footer widget");

        await GoAsync("/bienvenue");
        await Assertions.Expect(page.Locator("main .flow .body")).ToHaveTextAsync(["Deuxième paragraphe.", "Premier paragraphe."]);
        await Assertions.Expect(page.Locator(".zone-footer")).ToContainTextAsync("Rencontres organisées par Cités Unies France.");
        await CheckAsync("public page of widgets");
        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Actualités" }).ClickAsync();
        Assert.EndsWith("/actualites", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("main .list-items")).ToContainTextAsync("Une nouvelle salle");
        await CheckAsync("public news list");

        Assert.True(axe.Count == 0, string.Join(Environment.NewLine, axe));
    }

    private static string RecipePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "RencontresAict.Tests", "TestData", "news-and-widgets.recipe.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/RencontresAict.Tests/TestData/news-and-widgets.recipe.json is missing.");
    }
}
