using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Hosting;

/// <summary>Which Host headers the site answers, and whose X-Forwarded-* headers it believes.</summary>
public sealed class ProxyAndHostTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");
    private static readonly IPAddress Stranger = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task ByDefaultARequestNamingAForeignHostIsRefusedAndLocalhostIsServed()
    {
        await using var site = await SiteFactory.StartAsync();
        using var foreign = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example/") });
        using var local = site.CreateClient();

        using var refused = await foreign.GetAsync(new Uri("/", UriKind.Relative));
        using var served = await local.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task WithoutAnAllowedHostsSettingAForeignHostIsStillRefused()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["AllowedHosts"] = "" });
        using var foreign = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example/") });
        using var local = site.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await foreign.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AConfiguredHostIsServedAndAnyOtherRefused()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["AllowedHosts"] = "rencontres.example" });
        using var own = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://rencontres.example/") });
        using var local = site.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await local.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheForwardedSchemeCountsOnlyFromAConfiguredProxy()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = Proxy.ToString() });

        var fromProxy = await GetAsync(site, Proxy, "/", "198.51.100.1", "https");
        var fromStranger = await GetAsync(site, Stranger, "/", "198.51.100.1", "https");

        Assert.Equal("max-age=31536000", fromProxy.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Equal(string.Empty, fromStranger.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task ThePerIpPostLimitCountsTheClientAConfiguredProxyNamesAndIgnoresWhatAStrangerClaims()
    {
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = Proxy.ToString(), ["Forms:PostsPerIp"] = "1",
        });
        var path = "/formulaires/" + RegistrationSite.FormId;

        var firstBehindProxy = await PostAsync(site, Proxy, path, "198.51.100.1");
        var secondBehindProxy = await PostAsync(site, Proxy, path, "198.51.100.2");
        var firstStranger = await PostAsync(site, Stranger, path, "198.51.100.3");
        var strangerClaimingAnother = await PostAsync(site, Stranger, path, "198.51.100.4");

        Assert.NotEqual(StatusCodes.Status429TooManyRequests, firstBehindProxy.Response.StatusCode);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, secondBehindProxy.Response.StatusCode);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, firstStranger.Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, strangerClaimingAnother.Response.StatusCode);
    }

    private static Task<HttpContext> GetAsync(SiteFactory site, IPAddress from, string path, string forwardedFor, string forwardedProto) =>
        site.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Request.Path = path;
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        });

    private static Task<HttpContext> PostAsync(SiteFactory site, IPAddress from, string path, string forwardedFor) =>
        site.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = path;
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
}
