using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace RencontresAict.Web.Hosting;

/// <summary>
/// What sits in front of every module: the client's real address and scheme from trusted proxies only, the security
/// headers, and a French error page for whatever fails. Accepted Host headers are ASP.NET Core's own host filtering,
/// set by <c>AllowedHosts</c> (loopback names when unset), which runs before all of this.
/// </summary>
public static class HostingModule
{
    public static readonly IReadOnlyList<string> DefaultAllowedHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static IServiceCollection AddSiteHosting(this IServiceCollection services)
    {
        // No « Server: Kestrel » on every answer: it tells a prober the stack and costs bytes on each cached page.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        // Without an AllowedHosts setting ASP.NET Core answers every host; the site answers only loopback names then, so
        // `dotnet run` from the repository root (which reads no appsettings.json) is as strict as a deployment.
        services.AddOptions<HostFilteringOptions>().Configure<IConfiguration>((filtering, configuration) =>
        {
            if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
            {
                filtering.AllowedHosts = [.. DefaultAllowedHosts];
            }
        });
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // X-Forwarded-Host is left out: the site's links come from Site:BaseUrl, and Host stays what was filtered.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so the rate limiters, cookies and HSTS see the client and scheme the proxy saw.</summary>
    public static WebApplication UseSiteHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = SiteErrorPage.WriteAsync });
        return app;
    }
}
