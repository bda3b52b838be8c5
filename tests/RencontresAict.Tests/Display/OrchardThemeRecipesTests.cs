using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Security;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Display;

/// <summary>
/// Orchard Core's agency and coming-soon recipes (TheAgencyTheme and TheComingSoonTheme, copied unchanged under
/// OrchardRecipes/) imported into an empty site and into the 13th edition's site, then read and used as a visitor does:
/// their pages come from the templates of their Templates step, with their bags, flows, zones and form.
/// </summary>
public sealed class OrchardThemeRecipesTests
{
    private static readonly string _agency = Path.Combine(AppContext.BaseDirectory, "OrchardRecipes", "agency", "Recipes", "agency.recipe.json");
    private static readonly string _comingSoon = Path.Combine(AppContext.BaseDirectory, "OrchardRecipes", "comingsoon", "Recipes", "comingsoon.recipe.json");

    [Fact]
    public async Task TheAgencyRecipeSetsUpAnEmptySiteWhoseLandingPageRendersEachBagThroughItsStoredTemplate()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["Site:SetupRecipe"] = _agency });

        await AssertTheAgencyRendersAsync(site);
    }

    [Fact]
    public async Task TheAgencyRecipeImportsIntoTheThirteenthEditionsSiteAndItsLandingPageBecomesTheHome()
    {
        await using var site = await SiteFactory.StartAsync();

        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(_agency, Parameters);

        await AssertTheAgencyRendersAsync(site);
        Assert.Contains("Programme", (await site.GetOkPageAsync("/programme")).Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheComingSoonRecipeSetsUpAnEmptySiteWhoseFormPostsToItsWorkflowWhichAnswersAsItSays()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["Site:SetupRecipe"] = _comingSoon });

        await AssertTheComingSoonPageWorksAsync(site);
    }

    [Fact]
    public async Task TheComingSoonRecipeImportsIntoTheThirteenthEditionsSiteAndItsFormWorksThere()
    {
        await using var site = await SiteFactory.StartAsync();

        await site.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(_comingSoon, Parameters);

        await AssertTheComingSoonPageWorksAsync(site);
        Assert.Contains("Programme", (await site.GetOkPageAsync("/programme")).Title, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Parameters => new()
    {
        ["AdminUsername"] = "admin", ["AdminUserId"] = "admin-id", ["SiteName"] = "Agence Lumière",
    };

    private static async Task AssertTheAgencyRendersAsync(SiteFactory site)
    {
        var home = await site.GetOkPageAsync("/");

        Assert.False(string.IsNullOrWhiteSpace(home.QuerySelector(".zone-header .masthead-heading")?.TextContent));
        Assert.Equal(["E-Commerce", "Responsive Design", "Web Security"], Texts(home, "#services h4.service-heading"));
        Assert.NotNull(home.QuerySelector("#services i.fa-shopping-cart"));
        Assert.Equal(["Threads", "Explore", "Finish", "Lines", "Southwest", "Window"], Texts(home, "#portfolio .portfolio-caption-heading"));
        // The template's asset_url then resize_url with the recipe's « medium » media profile (MediaProfiles step).
        Assert.StartsWith("/media/portfolio/1.jpg?width=600&height=480&rmode=stretch", home.QuerySelector("#portfolio img[alt='Threads']")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(["2009-2011", "March 2011", "December 2015", "July 2020"], Texts(home, "#about .timeline-heading h4:not(.subheading)"));
        Assert.Equal("timeline-inverted", home.QuerySelectorAll("#about ul.timeline > li")[1].ClassName);
        Assert.Equal(["Parveen Anand", "Diana Petersen", "Larry Parker"], Texts(home, "#team .team-member h4"));
        Assert.Equal(["/media/logos/microsoft.svg", "/media/logos/google.svg", "/media/logos/facebook.svg", "/media/logos/ibm.svg"],
            home.QuerySelectorAll("img.img-brand").Select(i => i.GetAttribute("src")).ToList());
        var menu = home.QuerySelectorAll("nav.site-nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Services", "/#services"), ("Portfolio", "/#portfolio"), ("About", "/#about"), ("Team", "/#team"), ("Contact", "/#contact")], menu);
        var footer = home.QuerySelector(".zone-footer")!;
        Assert.Contains("Copyright © Your Website", footer.TextContent, StringComparison.Ordinal);
        Assert.Null(footer.QuerySelector("script"));

        using var client = site.CreateClient();
        using var logo = await client.GetAsync(new Uri("/media/logos/ibm.svg", UriKind.Relative));
        Assert.Equal("image/svg+xml", logo.Content.Headers.ContentType?.MediaType);
    }

    private static async Task AssertTheComingSoonPageWorksAsync(SiteFactory site)
    {
        using var visitor = new RegistrationVisitor(site.CreateClient(new() { AllowAutoRedirect = false }));
        var (status, home) = await visitor.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Coming Soon", home.QuerySelector("h1")?.TextContent.Trim());
        var form = home.QuerySelector("form.form-content")!;
        Assert.StartsWith("/formulaires/", form.GetAttribute("action"), StringComparison.Ordinal);
        Assert.Contains("We're working hard to finish the development of this site.", form.TextContent, StringComparison.Ordinal);
        Assert.Equal("widget widget-register widget-align-justify widget-size-100", form.QuerySelector("input[name=Email][type=email]")!.Closest("div.widget")?.ClassName);
        Assert.Equal("NOTIFY ME!", form.QuerySelector("button[type=submit]")?.TextContent.Trim());
        Assert.Equal(["https://twitter.com", "https://facebook.com", "https://instagram.com"],
            home.QuerySelectorAll(".social-icons a").Select(a => a.GetAttribute("href")).ToList());
        var hidden = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");

        using var empty = await visitor.PostAsync(form.GetAttribute("action")!, hidden, new() { ["Email"] = [""] });
        Assert.Contains("this is not a valid email", Summary(await RegistrationVisitor.ParseAsync(empty)), StringComparison.Ordinal);

        var (_, again) = await visitor.GetAsync("/");
        hidden = again.QuerySelectorAll("form.form-content input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        using var posted = await visitor.PostAsync(form.GetAttribute("action")!, hidden, new() { ["Email"] = ["lea.martin@example.org"] });
        Assert.Contains("Thank you. A confirmation email has been sent.", Summary(await RegistrationVisitor.ParseAsync(posted)), StringComparison.Ordinal);
        await site.InScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<UserStore>().FindByLoginAsync("lea.martin@example.org");
            Assert.False(user?.EmailConfirmed ?? true);
            Assert.Empty(user!.Roles);
        });
    }

    private static string Summary(IHtmlDocument page) => page.QuerySelector("main")?.TextContent ?? "";

    private static List<string> Texts(IHtmlDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
