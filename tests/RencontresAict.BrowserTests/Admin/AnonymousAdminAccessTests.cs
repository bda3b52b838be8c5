using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RencontresAict.BrowserTests.Fixtures;

namespace RencontresAict.BrowserTests.Admin;

public sealed partial class AnonymousAdminAccessTests
{
    private const string SessionId = "4a1ct130sess10n02206201430";

    [Fact]
    public async Task AnAnonymousVisitorOpeningAnyAdminPageOfTheRouteTableSeesTheSignInFormAndComesBackThereAfterSigningIn()
    {
        await using var site = await KestrelSite.StartAsync(AdminBrowserSettings.RandomPort);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        var urls = ClosedAdminPages(site);
        var failures = new List<string>();

        foreach (var url in urls)
        {
            await page.GotoAsync(new Uri(site.BaseAddress, url).ToString());
            var landed = new Uri(page.Url);
            if (landed.AbsolutePath != "/admin/login" || Uri.UnescapeDataString(landed.Query) != "?ReturnUrl=" + url
                || await page.GetByLabel("Mot de passe").CountAsync() != 1)
            {
                failures.Add($"{url} → {page.Url}");
            }
        }

        var target = "/admin/contents/Session/edit/" + SessionId;
        await page.GotoAsync(new Uri(site.BaseAddress, target).ToString());
        await page.GetByLabel("Nom d'utilisateur ou adresse e-mail").FillAsync("admin");
        await page.GetByLabel("Mot de passe").FillAsync("Browser-tests-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        Assert.True(urls.Count >= 25, $"only {urls.Count} admin pages found in the route table");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(target, new Uri(page.Url).AbsolutePath);
    }

    /// <summary>The admin's GET pages that require sign-in, from the route table, with sample route values.</summary>
    private static List<string> ClosedAdminPages(KestrelSite site) =>
        site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is not { } methods || methods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p == "/admin" || p.StartsWith("/admin/", StringComparison.Ordinal))
            .Distinct()
            .Select(p => RouteValue().Replace(p.Replace("{type}", "Session", StringComparison.Ordinal), SessionId))
            .ToList();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();
}
