using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

/// <summary>
/// The staff's editing journey in Chromium: find a session in the list by its time, move it (a refused « Publier plus
/// tard » keeps what was typed, leaving asks first), add a speaker with an uploaded photo, attach them with the
/// keyboard through the picker, preview in a new tab, publish, see the pages, restore the first version; axe-core finds
/// nothing on the admin pages touched, at desktop and phone widths.
/// </summary>
public sealed class StaffEditingJourneyTests
{
    private const string SessionEdit = "/admin/contents/Session/edit/4a1ct130sess10n02206201430";

    private static readonly byte[] _png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task TheAdministratorMovesASessionAddsASpeakerWithAPhotoAttachesThemPreviewsPublishesAndRestores()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var axe = new List<string>();
        async Task CheckAsync(IPage on, string what) => axe.AddRange((await AxeCore.FindViolationsAsync(on)).Select(v => $"{what}: {v}"));

        await BrowserSteps.SignInAsync(page, site, "/admin/contents/Session");
        await page.GetByLabel("Titre contient").FillAsync("Points pays");
        await page.GetByLabel("Trier par").SelectOptionAsync("date");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await CheckAsync(page, "session list");
        var rows = page.Locator("main tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("16 h 30 – 18 h 00");
        await rows.Filter(new() { HasText = "14 h 30 – 16 h 00" }).GetByRole(AriaRole.Link, new() { Name = "Points pays" }).ClickAsync();
        Assert.EndsWith(SessionEdit, page.Url, StringComparison.Ordinal);
        await CheckAsync(page, "session editor");

        await page.Locator("#f_Session_StartsAt").FillAsync("2022-06-20T15:15");
        await page.GetByLabel("Salle").FillAsync("Salle Condorcet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier plus tard" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .alert[role=alert]")).ToContainTextAsync("Indiquez la date et l'heure de publication.");
        Assert.Equal("2022-06-20T15:15", await page.Locator("#f_Session_StartsAt").InputValueAsync());
        Assert.Equal("Salle Condorcet", await page.GetByLabel("Salle").InputValueAsync());
        await CheckAsync(page, "session editor after a refused button");
        Assert.Equal("beforeunload", await LeaveAndStayAsync(page));
        Assert.EndsWith(SessionEdit + "?handler=Schedule", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync("Brouillon enregistré.");

        await page.GotoAsync(new Uri(site.BaseAddress, "/admin/contents/Speaker/edit").ToString());
        await page.Locator("#f_TitlePart_Title").FillAsync("Camille Essai");
        await page.GetByLabel("Ou envoyer un fichier").SetInputFilesAsync(new FilePayload { Name = "camille-essai.png", MimeType = "image/png", Buffer = _png });
        await Assertions.Expect(page.Locator("#f_Speaker_Photo_upload_preview img")).ToBeVisibleAsync();
        await CheckAsync(page, "new speaker with a photo chosen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync("Le contenu est publié.");
        var photo = page.Locator("input[name='Speaker.Photo']:checked + label img");
        Assert.Equal("/media/camille-essai.png", await photo.GetAttributeAsync("src"));
        var speakerPage = await page.Locator("#public-link").GetAttributeAsync("href");
        var speakerEdit = new Uri(page.Url).AbsolutePath;

        await page.GotoAsync(new Uri(site.BaseAddress, "/admin/settings/identity").ToString());
        await page.Locator("input[name=Logo][value='camille-essai.png'] + label").ClickAsync();
        await page.GetByLabel("Description du site").FillAsync("Deux jours d'échanges entre collectivités territoriales et leurs partenaires.");
        await CheckAsync(page, "site identity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToContainTextAsync("L'identité du site est enregistrée");

        await page.GotoAsync(new Uri(site.BaseAddress, SessionEdit).ToString());
        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Intervenants" });
        await picker.PressSequentiallyAsync("Camil");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Camille Essai" })).ToBeVisibleAsync();
        await CheckAsync(page, "speaker picker open");
        await picker.PressAsync("ArrowDown");
        await picker.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retirer Camille Essai" })).ToBeVisibleAsync();
        Assert.EndsWith(SessionEdit, page.Url, StringComparison.Ordinal); // Enter chose, it did not send the form
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync("Brouillon enregistré.");
        var speakers = page.GetByRole(AriaRole.List, new() { Name = "Choisis — Intervenants" }).Locator("li");
        await Assertions.Expect(speakers).ToHaveTextAsync(["Camille Essai×"]);

        var preview = await page.RunAndWaitForPopupAsync(() => page.Locator("#preview-link").ClickAsync());
        await Assertions.Expect(preview.Locator(".admin-preview-banner")).ToContainTextAsync("Brouillon — aperçu");
        Assert.Contains("15 h 15", await preview.Locator("p.when").TextContentAsync(), StringComparison.Ordinal);
        await CheckAsync(preview, "preview");
        await preview.GetByRole(AriaRole.Link, new() { Name = "Retour à l'édition" }).ClickAsync();
        Assert.EndsWith(SessionEdit, preview.Url, StringComparison.Ordinal);
        await preview.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync("Le contenu est publié.");
        var published = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Voir sur le site" }).ClickAsync());
        Assert.EndsWith("/programme/2022-06-20-1430-points-pays", published.Url, StringComparison.Ordinal);
        Assert.Contains("15 h 15", await published.Locator("p.when").TextContentAsync(), StringComparison.Ordinal);
        await published.CloseAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir" }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restaurer cette version comme brouillon" }).ClickAsync();
        Assert.Equal("2022-06-20T14:30", await page.Locator("#f_Session_StartsAt").InputValueAsync());
        Assert.Equal(0, await speakers.CountAsync());

        await page.GotoAsync(new Uri(site.BaseAddress, "/admin").ToString());
        await CheckAsync(page, "dashboard");
        await page.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { "/admin", "/admin/contents/Session?Filter.Sort=date", SessionEdit, speakerEdit, "/admin/contents/Session/4a1ct130sess10n02206201430/preview" })
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
            await CheckAsync(page, "phone " + path);
        }

        Assert.True(axe.Count == 0, string.Join(Environment.NewLine, axe));

        // The public speaker page shows the uploaded photo (the visitor side draws it: the media path or a resized variant).
        await page.GotoAsync(new Uri(site.BaseAddress, speakerPage!).ToString());
        await Assertions.Expect(page.Locator("main img[src*='camille-essai']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-name img.site-logo")).ToHaveAttributeAsync("src", "/media/camille-essai.png?height=50");
    }

    /// <summary>Clicks the dashboard link with changes unsaved: answers the type of the dialog the browser asked, having chosen to stay.</summary>
    private static async Task<string> LeaveAndStayAsync(IPage page)
    {
        var asked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Stay(object? sender, IDialog dialog)
        {
            asked.TrySetResult(dialog.Type);
            _ = dialog.DismissAsync();
        }

        page.Dialog += Stay;
        var click = page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord" }).ClickAsync();
        var type = await asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await click;
        page.Dialog -= Stay;
        return type;
    }
}
