using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Accounts;

/// <summary>The result of a sign-in attempt: the user when it succeeded, or why not (never whether the user exists).</summary>
public sealed record SignInOutcome(UserRecord? User, bool LockedOut)
{
    public bool Succeeded => User is not null;
}
