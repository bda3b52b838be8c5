using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
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
