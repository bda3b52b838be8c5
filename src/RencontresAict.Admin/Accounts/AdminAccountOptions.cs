namespace RencontresAict.Admin.Accounts;

/// <summary>Boot settings of staff accounts (section <c>Admin:Accounts</c>).</summary>
public sealed class AdminAccountOptions
{
    public const string Section = "Admin:Accounts";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a password reset link works.</summary>
    public TimeSpan ResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    public int MinimumPasswordLength { get; set; } = 10;
}
