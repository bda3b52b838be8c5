using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace RencontresAict.Api.Security;

/// <summary>
/// Limits token requests per IP address and per client_id (fixed windows, <c>Api:TokenRequestsPerIp</c>,
/// <c>Api:TokenRequestsPerClient</c>, <c>Api:TokenRateLimitWindow</c>); beyond, 429 with Retry-After and the OAuth2
/// error <c>slow_down</c>. It runs inside OpenIddict's pipeline, before the client is authenticated, because
/// OpenIddict answers /connect/token in the authentication middleware, ahead of UseRateLimiter: an endpoint policy
/// would only count the requests that already succeeded, not the guesses at a secret.
/// </summary>
internal sealed class TokenRequestThrottle : IOpenIddictServerHandler<ValidateTokenRequestContext>, IDisposable
{
    private readonly PartitionedRateLimiter<string> _perIp;
    private readonly PartitionedRateLimiter<string> _perClient;

    public TokenRequestThrottle(IOptions<ApiOptions> options)
    {
        var api = options.Value;
        _perIp = Limiter(api.TokenRequestsPerIp, api.TokenRateLimitWindow);
        _perClient = Limiter(api.TokenRequestsPerClient, api.TokenRateLimitWindow);
    }

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseSingletonHandler<TokenRequestThrottle>()
            .SetOrder(int.MinValue + 50_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var http = context.Transaction.GetHttpRequest()?.HttpContext
            ?? throw new InvalidOperationException("The token endpoint runs under ASP.NET Core only.");
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var byIp = _perIp.AttemptAcquire(ip);
        using var byClient = _perClient.AttemptAcquire(context.Request.ClientId ?? "");
        var refused = !byIp.IsAcquired ? byIp : !byClient.IsAcquired ? byClient : null;
        if (refused is null)
        {
            return;
        }

        var retryAfter = refused.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.StatusCode = (int)HttpStatusCode.TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsJsonAsync(new TokenError("slow_down", "Too many token requests: retry later."), context.CancellationToken);
        context.HandleRequest();
    }

    public void Dispose()
    {
        _perIp.Dispose();
        _perClient.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
}
