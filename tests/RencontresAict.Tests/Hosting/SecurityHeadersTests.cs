using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Hosting;

public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task EveryKindOfAnswerCarriesThePolicyHeaders()
    {
        (string Path, string FrameAncestors)[] answers =
        [
            ("/", "'self'"),
            ("/page-qui-n-existe-pas", "'self'"),
            ("/schedule.json", "'self'"),
            ("/api/content/Speaker", "'self'"),
            ("/theme/site.css", "'self'"),
            ("/admin/login", "'none'"),
            ("/admin/assets/admin.js", "'none'"),
        ];
        await using var site = await SiteFactory.StartAsync();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var (path, frameAncestors) in answers)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.True(policy.Contains("script-src 'self';", StringComparison.Ordinal), $"{path}: {policy}");
            Assert.True(policy.Contains("object-src 'none'", StringComparison.Ordinal), $"{path}: {policy}");
            Assert.True(policy.EndsWith($"frame-ancestors {frameAncestors}", StringComparison.Ordinal), $"{path}: {policy}");
            Assert.False(policy.Contains("unsafe-inline", StringComparison.Ordinal), $"{path}: {policy}");
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{path}: HSTS over plain http");
        }
    }

    [Fact]
    public async Task HstsIsSentOnlyOverHttps()
    {
        await using var site = await SiteFactory.StartAsync();
        using var https = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost/") });
        using var http = site.CreateClient();

        using var secure = await https.GetAsync(new Uri("/", UriKind.Relative));
        using var plain = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }
}
