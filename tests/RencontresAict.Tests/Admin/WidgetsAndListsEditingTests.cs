using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin.Publishing;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// The staff compose the site in the admin: layers and their rules, widgets placed in the layout's zones, the widgets
/// of a page's flow, and articles added to a news list (TestData/news-and-widgets.recipe.json, imported into the 13th
/// edition's site); visitors see each change once it is published.
/// </summary>
public sealed class WidgetsAndListsEditingTests
{
    public const string ListId = "4a1ct13test0actualites0001";
    public const string PageId = "4a1ct13test0pagewidgets001";

    private static readonly string _recipe = Path.Combine(AppContext.BaseDirectory, "TestData", "news-and-widgets.recipe.json");

    [Fact]
    public async Task StaffCheckALayerRulePlaceMoveAndRemoveWidgetsInTheFooterThatVisitorsSeeOnEveryPageAndDeleteOnlyALayerNoWidgetUses()
    {
        await using var site = await StartAsync();
        using var staff = await site.SignInAsync();
        await site.CreateUserAsync("redaction", "Redaction-pass-1", "Editor");
        using var editor = await site.SignInAsync("redaction", "Redaction-pass-1");

        using var denied = await editor.GetAsync(new Uri("/admin/layers", UriKind.Relative));
        var layers = await AdminSite.GetPageAsync(staff, "/admin/layers");
        using var broken = await AdminSite.PostAsync(staff, "/admin/layers?handler=SaveLayer",
            new() { ["Layer.Name"] = "Toujours", ["Layer.Rule"] = "isHomepage( ||", ["Layer.Description"] = "Partout" });
        using var unknown = await AdminSite.PostAsync(staff, "/admin/layers?handler=SaveLayer",
            new() { ["Layer.Name"] = "Toujours", ["Layer.Rule"] = "url('/programme') && isMember()", ["Layer.Description"] = "" });
        using var added = await AdminSite.PostAsync(staff, "/admin/layers?handler=SaveLayer",
            new() { ["Layer.Name"] = "Programme", ["Layer.Rule"] = "url('/programme*')", ["Layer.Description"] = "Les pages du programme", ["Layer.IsNew"] = "true" });
        var first = await AddFooterWidgetAsync(staff, "Toujours", "<p>Pied de page A</p>");
        var second = await AddFooterWidgetAsync(staff, "Programme", "<p>Pied de page B</p>");
        using var moved = await AdminSite.PostAsync(staff, "/admin/layers?handler=Up", new() { ["Widget"] = second });
        using var visitor = site.CreateClient();
        var programme = await AdminSite.GetPageAsync(visitor, "/programme");
        var elsewhere = await AdminSite.GetPageAsync(visitor, "/intervenants");
        using var removed = await AdminSite.PostAsync(staff, "/admin/layers?handler=Remove", new() { ["Widget"] = first });
        var afterRemoval = await AdminSite.GetPageAsync(visitor, "/intervenants");
        using var byGet = await staff.GetAsync(new Uri("/admin/layers?handler=DeleteLayer&Layer.Name=Toujours", UriKind.Relative));
        using var noToken = await staff.PostAsync(new Uri("/admin/layers?handler=DeleteLayer", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Layer.Name"] = "Toujours" }));
        using var stillUsed = await AdminSite.PostAsync(staff, "/admin/layers?handler=DeleteLayer", new() { ["Layer.Name"] = "Programme" });
        using var deleted = await AdminSite.PostAsync(staff, "/admin/layers?handler=DeleteLayer", new() { ["Layer.Name"] = "Toujours" });

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/admin/denied", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("true", layers.QuerySelector("textarea[name='Layer.Rule']")?.TextContent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        var brokenPage = await AdminSite.ParseAsync(broken);
        Assert.Matches(@"La règle de la couche « Toujours » ne peut pas être lue : ligne 1, colonne \d+", brokenPage.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("isHomepage( ||", brokenPage.QuerySelector("textarea[aria-invalid=true]")?.TextContent);
        Assert.Equal("Partout", brokenPage.QuerySelector("#layer-1-description")?.GetAttribute("value"));
        Assert.Contains("La règle de la couche « Toujours » échoue : ligne 1, colonne", (await AdminSite.ParseAsync(unknown)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["Pied de page B", "Pied de page A"], FooterTexts(programme));
        Assert.Equal(["Pied de page A"], FooterTexts(elsewhere));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(FooterTexts(afterRemoval));
        Assert.Equal(HttpStatusCode.OK, byGet.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stillUsed.StatusCode);
        Assert.Contains("La couche « Programme » n'est pas supprimée : ces widgets l'utilisent encore : « Pied de page B » (zone Footer).",
            (await AdminSite.ParseAsync(stillUsed)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var listed = await AdminSite.GetPageAsync(staff, "/admin/layers");
        Assert.Equal(["Couche « Programme »", "Nouvelle couche"], listed.QuerySelectorAll("legend").Select(l => l.TextContent).ToList());
        Assert.Contains("url('/programme*')", listed.QuerySelectorAll("textarea").Select(t => t.TextContent));
        Assert.Equal(["Pied de page B"], listed.QuerySelectorAll("#zone-footer ~ div tbody tr td:first-child").Select(t => t.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task StaffComposeAPageFromWidgetsAndAddAnArticleToTheNewsListWhichVisitorsSeeOncePublished()
    {
        await using var site = await StartAsync();
        using var staff = await site.SignInAsync();
        var editorPath = $"/admin/contents/PageWidgets/edit/{PageId}";

        var before = AdminSite.FormValues(await AdminSite.GetPageAsync(staff, editorPath));
        var added = await PostWidgetAsync(staff, "NewType=Paragraphe", "<p>Deuxième paragraphe.</p>", before);
        var stale = await PostWidgetAsync(staff, "NewType=Paragraphe", "<p>Texte tapé, refusé.</p>", before);
        var page = await AdminSite.GetPageAsync(staff, editorPath);
        var rows = page.QuerySelectorAll("#flow tbody tr").Select(r => r.QuerySelector("td:nth-child(3)")!.TextContent).ToList();
        var widgetInputs = page.QuerySelectorAll("#flow input[name=Widget]");
        var newId = widgetInputs[^1].GetAttribute("value")!;
        var up = await AdminSite.PostAsync(staff, $"/admin/flows/{PageId}?handler=Up", FlowButton(page, newId), editorPath);
        using var visitor = site.CreateClient();
        var draftOnly = await AdminSite.GetPageAsync(visitor, "/bienvenue");
        using var published = await AdminSite.PostAsync(staff, editorPath + "?handler=Publish", AdminSite.FormValues(await AdminSite.GetPageAsync(staff, editorPath)));
        var live = await AdminSite.GetPageAsync(visitor, "/bienvenue");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("<p>Texte tapé, refusé.</p>", (await AdminSite.ParseAsync(stale)).QuerySelector("textarea[name='HtmlBodyPart.Html']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Premier paragraphe.", "Deuxième paragraphe."], rows);
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        Assert.Equal(["Premier paragraphe."], Paragraphs(draftOnly));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(["Deuxième paragraphe.", "Premier paragraphe."], Paragraphs(live));

        var list = await AdminSite.GetPageAsync(staff, $"/admin/contents/Actualites/edit/{ListId}");
        var newArticle = list.QuerySelectorAll("#list a").Single(a => a.TextContent == "Nouvel article").GetAttribute("href")!;
        var articleForm = AdminSite.FormValues(await AdminSite.GetPageAsync(staff, newArticle));
        articleForm["TitlePart.Title"] = "Une nouvelle salle";
        articleForm["HtmlBodyPart.Html"] = "<p>Les ateliers ont lieu salle Condorcet.</p>";
        using var article = await AdminSite.PostAsync(staff, "/admin/contents/Article/edit?handler=Publish", articleForm, newArticle);
        articleForm["InList"] = PageId;
        using var refused = await AdminSite.PostAsync(staff, "/admin/contents/Article/edit?handler=Publish", articleForm, newArticle);
        var listAfter = await AdminSite.GetPageAsync(staff, $"/admin/contents/Actualites/edit/{ListId}");
        var news = await AdminSite.GetPageAsync(visitor, "/actualites");

        Assert.Equal($"/admin/contents/Article/edit?InList={ListId}", newArticle);
        Assert.Equal(HttpStatusCode.Redirect, article.StatusCode);
        Assert.Contains("Cette liste n'existe plus ou n'accepte pas ce type de contenu.", (await AdminSite.ParseAsync(refused)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Une nouvelle salle"], listAfter.QuerySelectorAll("#list tbody td:first-child").Select(t => t.TextContent.Trim()).ToList());
        Assert.Contains("Une nouvelle salle", news.QuerySelector("main .list-items")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWidgetOpenedFromAZoneAndPublishedLaterAppearsInThatZoneWhenItsTimeComes()
    {
        await using var site = await StartAsync();
        using var staff = await site.SignInAsync();
        using var start = await staff.GetAsync(new Uri("/admin/layers?handler=NewWidget&type=Paragraphe&zone=Footer&layer=Toujours", UriKind.Relative));
        var editor = start.Headers.Location!.OriginalString;
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(staff, editor));
        form["HtmlBodyPart.Html"] = "<p>Pied de page prévu</p>";
        form["PublishAt"] = "2022-05-02T12:00";

        using var scheduled = await AdminSite.PostAsync(staff, "/admin/contents/Paragraphe/edit?handler=Schedule", form, editor);
        var listed = await AdminSite.GetPageAsync(staff, "/admin/layers");
        site.Clock.Advance(TimeSpan.FromHours(4));
        await site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().PublishDueAsync());
        using var visitor = site.CreateClient();
        var footer = FooterTexts(await AdminSite.GetPageAsync(visitor, "/intervenants"));
        for (var i = 0; i < 50 && footer.Count == 0; i++)
        {
            await Task.Delay(100); // the background publisher ticked on the moved clock and may still be publishing
            footer = FooterTexts(await AdminSite.GetPageAsync(visitor, "/intervenants"));
        }

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Equal(["Pied de page prévu"], listed.QuerySelectorAll("#zone-footer ~ div tbody tr td:first-child").Select(t => t.TextContent.Trim()).ToList());
        Assert.Equal(["Pied de page prévu"], footer);
    }

    public static async Task<AdminSite> StartAsync()
    {
        var site = AdminSite.Start();
        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(_recipe, new Dictionary<string, string?>());
        return site;
    }

    /// <summary>Adds a published Paragraphe to the Footer zone in <paramref name="layer"/> from the layers page; returns its id.</summary>
    private static async Task<string> AddFooterWidgetAsync(HttpClient staff, string layer, string html)
    {
        using var start = await staff.GetAsync(new Uri($"/admin/layers?handler=NewWidget&type=Paragraphe&zone=Footer&layer={layer}", UriKind.Relative));
        var editor = start.Headers.Location!.OriginalString;
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(staff, editor));
        form["HtmlBodyPart.Html"] = html;
        using var saved = await AdminSite.PostAsync(staff, "/admin/contents/Paragraphe/edit?handler=Publish", form, editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return saved.Headers.Location!.OriginalString.Split('/')[^1];
    }

    private static async Task<HttpResponseMessage> PostWidgetAsync(HttpClient staff, string query, string html, Dictionary<string, string> version)
    {
        var path = $"/admin/flows/{PageId}/widget?{query}";
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(staff, path));
        form["HtmlBodyPart.Html"] = html;
        form["VersionId"] = version["VersionId"];
        form["Stamp"] = version["Stamp"];
        return await AdminSite.PostAsync(staff, path, form, path);
    }

    private static Dictionary<string, string> FlowButton(IHtmlDocument page, string widgetId)
    {
        var form = page.QuerySelectorAll("#flow form").First(f => f.QuerySelector("input[name=Widget]")?.GetAttribute("value") == widgetId);
        return new()
        {
            ["Widget"] = widgetId,
            ["VersionId"] = form.QuerySelector("input[name=VersionId]")!.GetAttribute("value")!,
            ["Stamp"] = form.QuerySelector("input[name=Stamp]")!.GetAttribute("value")!,
        };
    }

    private static List<string> FooterTexts(IHtmlDocument page) =>
        page.QuerySelectorAll(".zone-footer .widget").Select(w => w.TextContent.Trim()).ToList();

    private static List<string> Paragraphs(IHtmlDocument page) =>
        page.QuerySelectorAll("main .flow p").Select(p => p.TextContent.Trim()).ToList();
}
