using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin.Media;
using RencontresAict.Admin.Navigation;
using RencontresAict.Content.Recipes;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Display;

/// <summary>
/// Orchard Core's own blog recipe (TheBlogTheme/Recipes/blog.recipe.json, copied unchanged under OrchardRecipes/blog)
/// imported into an empty site and into the 13th edition's site, then read as a visitor reads it.
/// </summary>
public sealed class OrchardBlogRecipeTests
{
    private static readonly string _blogRecipe = Path.Combine(AppContext.BaseDirectory, "OrchardRecipes", "blog", "Recipes", "blog.recipe.json");

    [Fact]
    public async Task TheBlogRecipeSetsUpAnEmptySiteWhoseHomeMenuPostTagAndFooterRender()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["Site:SetupRecipe"] = _blogRecipe });

        await AssertTheBlogRendersAsync(site);

        var links = new List<AdminMenuEntry>();
        await site.InScopeAsync(async sp =>
        {
            foreach (var provider in sp.GetServices<IAdminMenuProvider>())
            {
                links.AddRange(await provider.GetEntriesAsync());
            }
        });
        Assert.Contains(links, l => l is { Section: "Admin menus", Text: "Blog" } && l.Url.StartsWith("/admin/contents/Blog/edit/", StringComparison.Ordinal));
        Assert.Contains(links, l => l is { Section: "Admin menus", Text: "Main Menu" } && l.Url.StartsWith("/admin/contents/Menu/edit/", StringComparison.Ordinal));
        Assert.Contains(links, l => l is { Section: "Content", Text: "Content Items", Url: "/admin" });
    }

    [Fact]
    public async Task AnSvgInTheMediaFolderIsServedAsAnImageThatCannotRunScript()
    {
        await using var site = await SiteFactory.StartAsync();
        Directory.CreateDirectory(Path.Combine(site.DataPath, "media"));
        await File.WriteAllTextAsync(Path.Combine(site.DataPath, "media", "icon.svg"),
            "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/media/icon.svg", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(MediaFiles.SvgPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task TheBlogRecipeImportsIntoTheThirteenthEditionsSiteAndItsHomeRouteWins()
    {
        await using var site = await SiteFactory.StartAsync();

        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(_blogRecipe,
            new Dictionary<string, string?> { ["AdminUsername"] = "admin", ["AdminUserId"] = "admin-id" });

        await AssertTheBlogRendersAsync(site);
        var edition = await site.GetOkPageAsync("/programme");
        Assert.Contains("Programme", edition.Title, StringComparison.Ordinal);
    }

    private static async Task AssertTheBlogRendersAsync(SiteFactory site)
    {
        const string PostTitle = "Man must explore, and this is exploration at its greatest";

        var home = await site.GetOkPageAsync("/");
        var post = Assert.Single(home.QuerySelectorAll("a[href='/blog/post-1']"));
        Assert.Contains(PostTitle, post.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("img[src='/media/post-bg.jpg'][alt]"));
        Assert.NotNull(home.QuerySelector("img[src='/media/home-bg.jpg']"));
        AssertMenuAndFooter(home);

        var page = await site.GetOkPageAsync("/blog/post-1");
        Assert.Equal(5, page.QuerySelectorAll("main p").Count(p => p.TextContent.Length > 100));
        Assert.Contains("an equal earth which all men occupy as equals", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var tags = page.QuerySelectorAll("ul.terms-tags a[rel='tag']").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Earth", "/tags/earth"), ("Exploration", "/tags/exploration"), ("Space", "/tags/space")], tags);
        AssertMenuAndFooter(page);

        var term = await site.GetOkPageAsync("/tags/earth");
        Assert.Contains("Earth", term.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Single(term.QuerySelectorAll("main a[href='/blog/post-1']"));

        using var client = site.CreateClient();
        using var image = await client.GetAsync(new Uri("/media/post-bg.jpg", UriKind.Relative));
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
    }

    private static void AssertMenuAndFooter(IHtmlDocument page)
    {
        var menu = page.QuerySelectorAll("nav.site-nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Home", "/"), ("About", "/about")], menu);
        Assert.Contains("Copyright © Your Website 2020", page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }
}
