using Microsoft.AspNetCore.DataProtection;
using RencontresAict.Content.Security;
using RencontresAict.Content.Settings;
using RencontresAict.Content.Setup;

namespace RencontresAict.Forms.Accounts;

/// <summary>
/// The links that confirm the e-mail address of an account registered through a form (RegisterUserTask): the token is
/// the user id, the address and an expiry, encrypted and signed by Data Protection; the link is absolute on the site's
/// configured address (<see cref="SiteBaseUrl"/>), never on the request's host. Following it opens a page; only its
/// button (a POST) confirms.
/// </summary>
public sealed class EmailConfirmationLinks(IDataProtectionProvider protection, UserStore users, SiteBaseUrl site, TimeProvider clock)
{
    public const string Path = "/compte/confirmer";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly ExpiringTokenProtector _tokens = new(protection, "RencontresAict.Forms.EmailConfirmation.v1", clock);

    public async Task<string> CreateAsync(UserRecord user)
    {
        var token = _tokens.Protect(Lifetime, user.UserId, user.Email);
        return $"{await site.GetAsync()}{Path}?jeton={Uri.EscapeDataString(token)}";
    }

    /// <summary>The user the token was made for, when it is genuine and its address is still theirs; whether it expired.</summary>
    public async Task<(UserRecord? User, bool Expired)> ReadAsync(string? token)
    {
        if (_tokens.Read(token, 2) is not { Fields: [var userId, var email] } read)
        {
            return (null, false);
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null || !string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            return (null, false);
        }

        return (user, read.Expired && !user.EmailConfirmed);
    }
}
