using System.Net;
using System.Threading.RateLimiting;

namespace RencontresAict.Content.Security;

/// <summary>
/// Counts attempts at something that checks a secret (a password, a reset request, a client secret) per client
/// address and per account, in fixed windows held in memory (System.Threading.RateLimiting). It is used from the
/// handlers, which know the account only once they have read the form.
/// </summary>
public sealed class CredentialThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<(ThrottleRule Rule, string Key)> _limiter =
        PartitionedRateLimiter.Create<(ThrottleRule Rule, string Key), (string, string)>(resource =>
            RateLimitPartition.GetFixedWindowLimiter((resource.Rule.Name, resource.Key), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = resource.Rule.PermitLimit,
                Window = resource.Rule.Window,
                QueueLimit = 0,
            }));

    /// <summary>The key of a client address (requests without one share a single key).</summary>
    public static string ClientKey(IPAddress? address) => address?.ToString() ?? "unknown";

    /// <summary>The key of a submitted user name, e-mail or client id: trimmed and compared case-insensitively.</summary>
    public static string AccountKey(string? login) => (login ?? "").Trim().ToUpperInvariant();

    /// <summary>
    /// Counts one attempt under each rule and key; null when every rule allowed it, otherwise how long to wait. An
    /// attempt refused by the first rule is not counted by the next ones.
    /// </summary>
    public TimeSpan? TryAcquire(params ReadOnlySpan<(ThrottleRule Rule, string Key)> checks)
    {
        foreach (var check in checks)
        {
            using var lease = _limiter.AttemptAcquire(check);
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : check.Rule.Window;
            }
        }

        return null;
    }

    public void Dispose() => _limiter.Dispose();
}
