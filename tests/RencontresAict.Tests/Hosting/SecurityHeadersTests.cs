using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Hosting;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/", "'self'")]
    [InlineData("/page-qui-n-existe-pas", "'self'")]
    [InlineData("/schedule.json", "'self'")]
    [InlineData("/api/content/Speaker", "'self'")]
    [InlineData("/theme/site.css", "'self'")]
    [InlineData("/admin/login", "'none'")]
    [InlineData("/admin/assets/admin.js", "'none'")]
    public async Task EveryKindOfAnswerCarriesThePolicyHeaders(string path, string frameAncestors)
    {
        await using var site = await SiteFactory.StartAsync();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.EndsWith($"frame-ancestors {frameAncestors}", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain http");
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
