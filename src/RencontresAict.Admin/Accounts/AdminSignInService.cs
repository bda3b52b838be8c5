using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Accounts;

/// <summary>
/// Checks a user name (or e-mail) and password from a client address: throttled per address and per account, locked
/// for that address after too many failures in a row, and answered the same way, in about the same time, whether or
/// not the user exists (an unknown user's password is checked against a dummy hash). Builds the principal a cookie carries.
/// </summary>
public sealed class AdminSignInService(
    UserStore users,
    DocumentSession session,
    PasswordVerifier verifier,
    CredentialThrottle throttle,
    SignInLockouts lockouts,
    IOptions<AdminAccountOptions> options)
{
    public const string SecurityStampClaim = "raict:stamp";

    public async Task<SignInOutcome> CheckAsync(string login, string password, IPAddress? clientAddress)
    {
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindByLoginAsync(login);
        // The account is the user when there is one (its name and e-mail count together), otherwise what was typed.
        var account = user is null ? "?" + CredentialThrottle.AccountKey(login) : user.UserId;
        var client = CredentialThrottle.ClientKey(clientAddress);
        var wait = throttle.TryAcquire((options.Value.SignInsPerClientAddressRule, client), (options.Value.SignInsPerAccountRule, account))
            ?? lockouts.LockedFor(account, client);
        if (wait is not null)
        {
            return new SignInOutcome(null, wait);
        }

        if (!verifier.Verify(user, password ?? "") || !CanSignIn(user!))
        {
            return new SignInOutcome(null, lockouts.RecordFailure(account, client));
        }

        lockouts.RecordSuccess(account, client);
        return new SignInOutcome(user, null);
    }

    /// <summary>Enabled, with a confirmed e-mail address and approved (accounts registered through a form wait for both).</summary>
    public static bool CanSignIn(UserRecord user) => user.IsEnabled && user.EmailConfirmed && user.IsApproved;

    /// <summary>Gives the user a new security stamp: every cookie issued so far (and every reset link) stops working.</summary>
    public async Task EndSessionsAsync(UserRecord user)
    {
        user.SecurityStamp = NewSecurityStamp();
        await SaveAsync(user);
    }

    /// <summary>Sets a new password and a new security stamp: other sessions and reset links stop working.</summary>
    public async Task SetPasswordAsync(UserRecord user, string password)
    {
        user.PasswordHash = verifier.Hash(user, password);
        user.SecurityStamp = NewSecurityStamp();
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
