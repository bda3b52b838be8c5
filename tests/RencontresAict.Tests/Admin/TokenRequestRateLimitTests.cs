using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Security;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// The site's <see cref="CredentialThrottleOptions.TokenPolicy"/> policy, which the OAuth token endpoint requires, on a
/// probe endpoint that requires it too (so this test does not depend on how the token endpoint is built).
/// </summary>
public sealed class TokenRequestRateLimitTests
{
    private const string ProbePath = "/token-policy-probe";

    [Fact]
    public async Task TokenRequestsBeyondTheLimitOfAnAddressAreAnswered429WithRetryAfterWhileOtherAddressesGoOn()
    {
        await using var site = AdminSite.Start(
            new Dictionary<string, string?> { ["Security:TokenRequests:PerClientAddress"] = "2" },
            services => services.AddSingleton<IStartupFilter, ProbeStartupFilter>());
        var attacker = site.CreateClient("203.0.113.9");

        var allowed = new[] { await PostAsync(attacker), await PostAsync(attacker) };
        var refused = await PostAsync(attacker);
        var otherAddress = await PostAsync(site.CreateClient("198.51.100.9"));

        Assert.All(allowed, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("temporarily_unavailable", (await refused.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["error"]);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsync(new Uri(ProbePath, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));

    /// <summary>Answers <see cref="ProbePath"/> through the site's rate limiter, as an endpoint requiring the token policy.</summary>
    private sealed class ProbeStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(ProbePath, probe =>
            {
                var endpoint = new Endpoint(context => context.Response.WriteAsync("ok"),
                    new EndpointMetadataCollection(new EnableRateLimitingAttribute(CredentialThrottleOptions.TokenPolicy)), "token policy probe");
                probe.Use((context, nextMiddleware) =>
                {
                    context.SetEndpoint(endpoint);
                    return nextMiddleware(context);
                });
                probe.UseRateLimiter();
                probe.Run(endpoint.RequestDelegate!);
            });
            next(app);
        };
    }
}
