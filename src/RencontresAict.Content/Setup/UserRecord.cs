namespace RencontresAict.Content.Setup;

/// <summary>A user of the admin (only a PasswordHasher v3 hash is kept), as the Users document stores it.</summary>
public sealed class UserRecord
{
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Email { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>A disabled user cannot sign in, and is signed out at their next request.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>Failed sign-ins since the last success; reaching the limit locks the account for a while.</summary>
    public int AccessFailedCount { get; set; }

    public DateTime? LockoutEndUtc { get; set; }

    /// <summary>Changes with the password, roles or status: outstanding cookies and reset links stop working.</summary>
    public string SecurityStamp { get; set; } = "";
}
