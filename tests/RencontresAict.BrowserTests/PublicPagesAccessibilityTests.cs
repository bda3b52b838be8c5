using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests;

public sealed class PublicPagesAccessibilityTests
{
    private static readonly string[] _requiredPaths = ["/", "/programme", "/intervenants", "/partenaires", "/infos-pratiques", "/mentions-legales"];

    [Fact]
    public async Task EveryPublicPageHasNoWcagAOrAaViolations()
    {
        await using var site = await KestrelSite.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(AxeCore.PageOptions);

        var paths = await CrawlPublicPathsAsync(page, site.BaseAddress);
        paths.Add("/cette-page-n-existe-pas");
        paths.Add("/recherche?q=atelier");
        var failures = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
            foreach (var violation in await AxeCore.FindViolationsAsync(page))
            {
                failures.Add($"{path}: {violation}");
            }
        }

        Assert.All(_requiredPaths, p => Assert.Contains(p, paths));
        Assert.Contains(paths, p => p.StartsWith("/programme/", StringComparison.Ordinal));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task PagesDeclareFrenchAndOfferASkipLinkThatMovesFocusToTheContent()
    {
        await using var site = await KestrelSite.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/programme").ToString());
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.StartsWith("#", focused, StringComparison.Ordinal);
        Assert.EndsWith(focused, page.Url, StringComparison.Ordinal);
    }

    /// <summary>Follows same-site links from the home page, two levels deep, skipping exports and the admin.</summary>
    private static async Task<List<string>> CrawlPublicPathsAsync(IPage page, Uri baseAddress)
    {
        var seen = new List<string> { "/" };
        var frontier = new Queue<(string Path, int Depth)>([("/", 0)]);
        while (frontier.TryDequeue(out var next) && seen.Count < 40)
        {
            await page.GotoAsync(new Uri(baseAddress, next.Path).ToString());
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            foreach (var href in hrefs)
            {
                var uri = new Uri(href);
                if (uri.Authority != baseAddress.Authority || uri.AbsolutePath.StartsWith("/admin", StringComparison.Ordinal)
                    || uri.AbsolutePath.StartsWith("/theme/", StringComparison.Ordinal) || Path.HasExtension(uri.AbsolutePath))
                {
                    continue;
                }

                if (!seen.Contains(uri.AbsolutePath))
                {
                    seen.Add(uri.AbsolutePath);
                    if (next.Depth < 2)
                    {
                        frontier.Enqueue((uri.AbsolutePath, next.Depth + 1));
                    }
                }
            }
        }

        return seen;
    }
}
