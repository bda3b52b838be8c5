using Microsoft.AspNetCore.Identity;
using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Accounts;

/// <summary>
/// Checks passwords with ASP.NET Core's PasswordHasher. When no user matches, a dummy hash is verified anyway, so an
/// unknown user name takes as long to refuse as a wrong password.
/// </summary>
public sealed class PasswordVerifier(IPasswordHasher<UserRecord> hasher)
{
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(new UserRecord(), Guid.NewGuid().ToString("N")));

    public bool Verify(UserRecord? user, string password)
    {
        if (user is null || string.IsNullOrEmpty(user.PasswordHash))
        {
            hasher.VerifyHashedPassword(new UserRecord(), _dummyHash.Value, password);
            return false;
        }

        return hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    public string Hash(UserRecord user, string password) => hasher.HashPassword(user, password);
}
