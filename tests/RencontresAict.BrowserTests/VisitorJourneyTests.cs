using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RencontresAict.BrowserTests.Admin;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests;

public sealed partial class VisitorJourneyTests
{
    private static readonly string[] _phonePaths = ["/programme", "/intervenants/francois-rebsamen", "/partenaires", "/partenaires/platforma", "/mentions-legales", "/"];

    [Fact]
    public async Task VisitorFiltersTheProgrammeByFormatMarksTwoSessionsWithTheKeyboardAndDownloadsMonProgrammeWithExactlyThoseTwo()
    {
        await using var site = await KestrelSite.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions
        {
            BypassCSP = true, AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });

        await page.GotoAsync(new Uri(site.BaseAddress, "/programme").ToString());
        await page.Locator(".format-filter").GetByRole(AriaRole.Link, new() { Name = "Atelier thématique", Exact = true }).ClickAsync();
        await BrowserSteps.WaitForPageAsync(page, "**/programme?format=atelier-thematique");
        var shown = await page.Locator("li.session").CountAsync();
        var marks = page.Locator("li.session button.mark");
        await marks.Nth(0).WaitForAsync();
        await marks.Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await marks.Nth(1).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        var marked = await page.Locator("li.session").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.sessionId)");
        var count = await page.Locator(".my-programme-count").TextContentAsync();
        var firstLabel = await marks.Nth(0).TextContentAsync();
        var desktopViolations = await AxeCore.FindViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger mon programme (.ics)" }).ClickAsync());
        var ics = await File.ReadAllTextAsync(await download.PathAsync());
        await page.GotoAsync(new Uri(site.BaseAddress, "/programme").ToString());
        var keptAfterReload = await page.Locator(".my-programme-list li").CountAsync();

        await page.SetViewportSizeAsync(390, 844);
        var phoneFailures = new List<string>();
        var headerHeights = new List<double>();
        foreach (var path in _phonePaths)
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
            headerHeights.Add((await page.Locator("header.site-header").BoundingBoxAsync())!.Height);
            phoneFailures.AddRange((await AxeCore.FindViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.Equal(2, shown);
        Assert.Equal("2 sessions choisies.", count);
        Assert.StartsWith("Retirer de mon programme", firstLabel, StringComparison.Ordinal);
        Assert.Equal(marked.Select(id => $"{id}@rencontres-aict").Order(), Uid().Matches(ics).Select(m => m.Groups[1].Value.Trim()).Order());
        Assert.Equal(2, keptAfterReload);
        Assert.True(desktopViolations.Count == 0, string.Join(Environment.NewLine, desktopViolations));
        Assert.True(phoneFailures.Count == 0, string.Join(Environment.NewLine, phoneFailures));
        Assert.All(headerHeights, h => Assert.InRange(h, 1, 120));
    }

    [GeneratedRegex(@"^UID:(.+)$", RegexOptions.Multiline)]
    private static partial Regex Uid();
}
