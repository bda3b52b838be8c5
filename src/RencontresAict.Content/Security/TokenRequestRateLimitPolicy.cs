using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RencontresAict.Content.Security;

/// <summary>
/// The <see cref="CredentialThrottleOptions.TokenPolicy"/> policy: a fixed window per client address, answered 429
/// with Retry-After and an OAuth-style JSON error.
/// </summary>
public sealed class TokenRequestRateLimitPolicy(IOptions<CredentialThrottleOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(CredentialThrottle.ClientKey(httpContext.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerClientAddress,
            Window = options.Value.Window,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Ceiling(retryAfter.TotalSeconds) : 60;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["error"] = "temporarily_unavailable",
            ["error_description"] = $"Trop de demandes de jeton depuis cette adresse : réessayez dans {seconds} secondes.",
        }, cancellationToken);
    }
}
