using System.Net;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Admin;

/// <summary>Orchard's Templates on this site: stored by a recipe or edited in the admin, checked before saving, winning over the theme.</summary>
public sealed class TemplatesAdminTests
{
    [Fact]
    public async Task StaffEditATemplateWhoseLiquidIsCheckedPreviewedThenWinsOverTheThemesFile()
    {
        await using var site = AdminSite.Start();
        using var staff = await site.SignInAsync();

        using var broken = await AdminSite.PostAsync(staff, "/admin/templates/edit?handler=Save",
            new() { ["Name"] = "Content__Page", ["Description"] = "", ["Liquid"] = "<article>\n{% if Model.ContentItem %}\n</article>" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        var error = (await AdminSite.ParseAsync(broken)).QuerySelector("[role=alert]")?.TextContent ?? "";
        Assert.Matches(@"Le modèle ne peut pas être lu : ligne \d+, colonne \d+", error);

        using var preview = await AdminSite.PostAsync(staff, "/admin/templates/edit?handler=Preview", new()
        {
            ["Name"] = "Content__Page", ["Description"] = "Pages", ["PreviewItemId"] = SiteFactory.EditionId,
            ["Liquid"] = "<article class=\"stored\"><h1>{{ Model.ContentItem | display_text }}</h1></article>",
        });
        var frame = (await AdminSite.ParseAsync(preview)).QuerySelector("iframe.template-preview")!;
        Assert.Equal("", frame.GetAttribute("sandbox"));
        Assert.Contains("<article class=\"stored\"><h1>Rencontres de l", frame.GetAttribute("srcdoc"), StringComparison.Ordinal);

        using var saved = await AdminSite.PostAsync(staff, "/admin/templates/edit?handler=Save", new()
        {
            ["Name"] = "Content__Page", ["Description"] = "Pages",
            ["Liquid"] = "<article class=\"stored\"><h1>{{ Model.ContentItem | display_text }}</h1></article>",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Content__Page", (await AdminSite.GetPageAsync(staff, "/admin/templates")).QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        using var visitor = site.CreateClient();
        var page = await AdminSite.GetPageAsync(visitor, "/mentions-legales");
        Assert.Equal("Mentions légales", page.QuerySelector("main article.stored h1")?.TextContent);
    }

    [Fact]
    public async Task ATemplatesStepWhoseLiquidDoesNotParseIsRefusedWithItsPathLineAndColumnAndStoresNothing()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RecipeFiles.RunAsync(host, """
            { "steps": [
                { "name": "Settings", "SiteName": "Avant" },
                { "name": "Templates", "Templates": { "Content__Page": { "Description": "", "Content": "<p>\n{{ Model.ContentItem | }}</p>" } } } ] }
            """));

        Assert.Matches(@"\$\.steps\[1\]\.Templates\.Content__Page\.Content: the Liquid does not parse: line 2, column \d+", error.Message);
        Assert.Empty(await RecipeFiles.DocumentsAsync(host));
    }
}
