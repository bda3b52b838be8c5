using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Accounts;

/// <summary>
/// Checks a user name (or e-mail) and password, counts failures and locks an account for a while after too many,
/// and builds the principal a cookie carries. Changes to the user are committed before the answer is given.
/// </summary>
public sealed class AdminSignInService(
    UserStore users,
    DocumentSession session,
    PasswordVerifier verifier,
    TimeProvider clock,
    IOptions<AdminAccountOptions> options)
{
    public const string SecurityStampClaim = "raict:stamp";

    public async Task<SignInOutcome> CheckAsync(string login, string password)
    {
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindByLoginAsync(login);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is not null && user.LockoutEndUtc > now)
        {
            return new SignInOutcome(null, LockedOut: true);
        }

        var valid = verifier.Verify(user, password ?? "");
        if (user is null)
        {
            return new SignInOutcome(null, LockedOut: false);
        }

        if (!valid || !user.IsEnabled)
        {
            if (valid)
            {
                return new SignInOutcome(null, LockedOut: false);
            }

            user.AccessFailedCount++;
            var locked = user.AccessFailedCount >= options.Value.MaxFailedAccessAttempts;
            if (locked)
            {
                user.LockoutEndUtc = now + options.Value.LockoutDuration;
                user.AccessFailedCount = 0;
            }

            await SaveAsync(user);
            return new SignInOutcome(null, locked);
        }

        if (user.AccessFailedCount != 0 || user.LockoutEndUtc is not null)
        {
            user.AccessFailedCount = 0;
            user.LockoutEndUtc = null;
            await SaveAsync(user);
        }

        return new SignInOutcome(user, LockedOut: false);
    }

    /// <summary>Sets a new password and a new security stamp: other sessions and reset links stop working.</summary>
    public async Task SetPasswordAsync(UserRecord user, string password)
    {
        user.PasswordHash = verifier.Hash(user, password);
        user.SecurityStamp = NewSecurityStamp();
        user.AccessFailedCount = 0;
        user.LockoutEndUtc = null;
        await SaveAsync(user);
    }

    public bool IsCurrentPassword(UserRecord user, string password) => verifier.Verify(user, password);

    public static string NewSecurityStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public static ClaimsPrincipal CreatePrincipal(UserRecord user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserId),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Email, user.Email),
            new(SecurityStampClaim, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AdminPolicies.Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    private async Task SaveAsync(UserRecord user)
    {
        await users.SaveAsync(user);
        await session.SaveChangesAsync();
    }
}
