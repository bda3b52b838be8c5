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

    /// <summary>False for an account registered through a form (RegisterUserTask) until its confirmation link is used: it cannot sign in.</summary>
    public bool EmailConfirmed { get; set; } = true;

    /// <summary>False for an account registered with moderation until an administrator approves it: it cannot sign in.</summary>
    public bool IsApproved { get; set; } = true;

    /// <summary>When a password reset link was last mailed: a new one is mailed only after a few minutes.</summary>
    public DateTime? ResetLinkSentUtc { get; set; }

    /// <summary>Changes with the password, roles or status: outstanding cookies and reset links stop working.</summary>
    public string SecurityStamp { get; set; } = "";
}
