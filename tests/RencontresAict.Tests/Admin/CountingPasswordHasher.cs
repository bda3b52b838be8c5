using Microsoft.AspNetCore.Identity;
using RencontresAict.Content.Setup;

namespace RencontresAict.Tests.Admin;

/// <summary>The real password hasher, counting the hashes it verifies (a sign-in's costly step).</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<UserRecord>
{
    private readonly PasswordHasher<UserRecord> _hasher = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(UserRecord user, string password) => _hasher.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(UserRecord user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
