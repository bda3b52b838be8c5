using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Accounts;

/// <summary>Boot settings of staff accounts (section <c>Admin:Accounts</c>).</summary>
public sealed class AdminAccountOptions
{
    public const string Section = "Admin:Accounts";

    /// <summary>
    /// Failed sign-ins in a row, for one account from one client address, that lock that account for that address
    /// only: someone guessing from elsewhere cannot lock the real user out.
    /// </summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in posts one client address may make per <see cref="ThrottleWindow"/>, whatever the accounts.</summary>
    public int SignInsPerClientAddress { get; set; } = 20;

    /// <summary>
    /// Sign-in posts naming one account per <see cref="ThrottleWindow"/>, from every address: it bounds guessing
    /// spread over many addresses, and is set above what a few addresses locked out can reach.
    /// </summary>
    public int SignInsPerAccount { get; set; } = 30;

    /// <summary>Reset-link requests one client address may make per <see cref="ThrottleWindow"/>.</summary>
    public int ResetRequestsPerClientAddress { get; set; } = 5;

    /// <summary>Reset-link requests naming one account per <see cref="ThrottleWindow"/>.</summary>
    public int ResetRequestsPerAccount { get; set; } = 5;

    public TimeSpan ThrottleWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>An account is mailed a reset link at most once per this interval; a request sooner sends nothing.</summary>
    public TimeSpan ResetMailInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a password reset link works.</summary>
    public TimeSpan ResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    public int MinimumPasswordLength { get; set; } = 10;

    public ThrottleRule SignInsPerClientAddressRule => new("admin-sign-in-address", SignInsPerClientAddress, ThrottleWindow);

    public ThrottleRule SignInsPerAccountRule => new("admin-sign-in-account", SignInsPerAccount, ThrottleWindow);

    public ThrottleRule ResetRequestsPerClientAddressRule => new("admin-reset-address", ResetRequestsPerClientAddress, ThrottleWindow);

    public ThrottleRule ResetRequestsPerAccountRule => new("admin-reset-account", ResetRequestsPerAccount, ThrottleWindow);
}
