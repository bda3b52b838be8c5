namespace RencontresAict.Content.Security;

/// <summary>Boot settings of the OAuth token endpoint's limits (section <c>Security:TokenRequests</c>).</summary>
public sealed class CredentialThrottleOptions
{
    public const string Section = "Security:TokenRequests";

    /// <summary>The rate-limiting policy (per client address) that the token endpoint requires.</summary>
    public const string TokenPolicy = "TokenRequests";

    /// <summary>Token requests one client address may make per <see cref="Window"/>; beyond, 429 with Retry-After.</summary>
    public int PerClientAddress { get; set; } = 10;

    /// <summary>Token requests naming one client id per <see cref="Window"/>, whatever the address (see <see cref="PerClientRule"/>).</summary>
    public int PerClientId { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The per-client-id rule, for <see cref="CredentialThrottle"/> once the request's client id is read.</summary>
    public ThrottleRule PerClientRule => new("token-client", PerClientId, Window);
}
