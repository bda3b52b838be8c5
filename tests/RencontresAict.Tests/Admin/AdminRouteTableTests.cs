using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RencontresAict.Tests.Admin;

/// <summary>Every admin URL, taken from the route table rather than a hand-kept list, is closed to anonymous visitors.</summary>
public sealed class AdminRouteTableTests
{
    /// <summary>The only admin endpoints a visitor may reach without signing in.</summary>
    private static readonly string[] _anonymous =
        ["/admin/login", "/admin/forgot-password", "/admin/reset-password", "/admin/denied", "/admin/assets/{name}", "/admin/culture"];

    [Fact]
    public async Task EveryAdminUrlSendsAnAnonymousVisitorToSignInWithTheUrlToComeBackTo()
    {
        await using var site = AdminSite.Start();
        var endpoints = AdminEndpoints(site);
        var client = site.CreateClient();

        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} admin endpoints found");
        foreach (var (pattern, endpoint) in endpoints)
        {
            var open = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.True(open == _anonymous.Contains(pattern), $"{pattern} is {(open ? "open to" : "closed to")} anonymous visitors");
            if (open)
            {
                continue;
            }

            var url = Fill(pattern);
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && !methods.Contains("GET"))
            {
                response = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([]));
            }

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("/admin/login", response.Headers.Location!.AbsolutePath);
            Assert.Equal("?ReturnUrl=" + Uri.EscapeDataString(url), response.Headers.Location.Query);
        }
    }

    [Fact]
    public async Task EveryAdminPostWithoutAnAntiforgeryTokenIsRefusedEvenForTheAdministrator()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();

        foreach (var (pattern, _) in AdminEndpoints(site))
        {
            var url = Fill(pattern);
            foreach (var handler in new[] { "", "?handler=Save", "?handler=Publish", "?handler=Delete", "?handler=Restore", "?handler=Upload", "?handler=AddField" })
            {
                var response = await client.PostAsync(new Uri(url + handler, UriKind.Relative), new FormUrlEncodedContent([]));
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound,
                    $"POST {url}{handler}: {(int)response.StatusCode}");
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/contents/Session/edit/" + AdminSite.SessionId, UriKind.Relative))).StatusCode);
    }

    private static List<(string Pattern, RouteEndpoint Endpoint)> AdminEndpoints(AdminSite site) =>
        site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/'), e))
            .Where(e => e.Item1 == "/admin" || e.Item1.StartsWith("/admin/", StringComparison.Ordinal))
            .DistinctBy(e => e.Item1)
            .ToList();

    /// <summary>A URL of the pattern with sample route values (a real session, so pages get past "not found").</summary>
    private static string Fill(string pattern) => pattern
        .Replace("{type}", "Session", StringComparison.Ordinal)
        .Replace("{id?}", AdminSite.SessionId, StringComparison.Ordinal)
        .Replace("{id}", AdminSite.SessionId, StringComparison.Ordinal)
        .Replace("{versionId}", "v", StringComparison.Ordinal)
        .Replace("{name}", "Session", StringComparison.Ordinal)
        .Replace("{culture}", "en", StringComparison.Ordinal);
}
