using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Accounts;

/// <summary>
/// The result of a sign-in attempt: the user when it succeeded; when too many attempts were made, how long to wait;
/// never whether the user exists.
/// </summary>
public sealed record SignInOutcome(UserRecord? User, TimeSpan? RetryAfter)
{
    public bool Succeeded => User is not null;

    public bool TooManyAttempts => RetryAfter is not null;
}
