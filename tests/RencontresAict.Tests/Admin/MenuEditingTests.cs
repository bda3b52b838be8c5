using System.Net;

namespace RencontresAict.Tests.Admin;

/// <summary>The site's main navigation is the Menu item staff edit in the admin.</summary>
public sealed class MenuEditingTests
{
    private const string MainMenuId = "4a1ct13menuprincipal000001";

    [Fact]
    public async Task StaffRenameAddAndRemoveLinksOfTheMainMenuAndVisitorsSeeThemOnEveryPage()
    {
        await using var site = AdminSite.Start();
        using var visitor = site.CreateClient();
        var before = await AdminSite.GetPageAsync(visitor, "/programme");
        Assert.Equal(["Accueil", "Programme", "Intervenants", "Partenaires", "Infos pratiques", "Inscription"], Links(before).Select(l => l.Text).ToList());
        using var staff = await site.SignInAsync();
        Assert.NotNull((await AdminSite.GetPageAsync(staff, "/admin/menus")).QuerySelector($"a[href='/admin/menus/{MainMenuId}']"));
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(staff, $"/admin/menus/{MainMenuId}"));

        form["Links[4].Name"] = "Venir";
        form["Links[5].Remove"] = "true";
        form["Links[6].Name"] = "Actualités";
        form["Links[6].Url"] = "~/actualites";
        form["Links[6].Position"] = "15";
        using var published = await AdminSite.PostAsync(staff, $"/admin/menus/{MainMenuId}", form);
        form["Links[6].Url"] = "javascript:alert(1)";
        using var refused = await AdminSite.PostAsync(staff, $"/admin/menus/{MainMenuId}", form);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var after = await AdminSite.GetPageAsync(visitor, "/intervenants");
        Assert.Equal([("Accueil", "/"), ("Actualités", "/actualites"), ("Programme", "/programme"), ("Intervenants", "/intervenants"),
            ("Partenaires", "/partenaires"), ("Venir", "/infos-pratiques")], Links(after));
        Assert.Equal("page", after.QuerySelector("nav.site-nav a[href='/intervenants']")?.GetAttribute("aria-current"));
    }

    private static List<(string Text, string? Href)> Links(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("nav.site-nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
}
