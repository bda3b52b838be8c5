using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace RencontresAict.BrowserTests.Fixtures;

/// <summary>Runs axe-core (from npm, tests/browser-assets) in a page and reports WCAG 2.x A and AA violations.</summary>
public static class AxeCore
{
    private static readonly string[] _tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static string ScriptPath { get; } = FindScript();

    /// <summary>
    /// A page axe can be injected into: Playwright adds it as an inline script, which the site's Content-Security-Policy
    /// refuses, so these pages bypass CSP (ContentSecurityPolicyBrowserTests visits the pages with it on).
    /// </summary>
    public static BrowserNewPageOptions PageOptions => new() { BypassCSP = true };

    public static async Task<IReadOnlyList<string>> FindViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>(
            "async tags => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations)", _tags);
        using var document = JsonDocument.Parse(json);
        var violations = new List<string>();
        foreach (var violation in document.RootElement.EnumerateArray())
        {
            var text = new StringBuilder()
                .Append(violation.GetProperty("id").GetString()).Append(": ")
                .Append(violation.GetProperty("help").GetString());
            foreach (var node in violation.GetProperty("nodes").EnumerateArray().Take(3))
            {
                text.Append(" | ").Append(node.GetProperty("html").GetString());
            }

            violations.Add(text.ToString());
        }

        return violations;
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "browser-assets", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("axe-core is missing: run `npm ci` in tests/browser-assets (the CI script does).");
    }
}
