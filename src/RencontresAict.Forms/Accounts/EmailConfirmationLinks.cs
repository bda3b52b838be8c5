using System.Globalization;
using System.Security.Cryptography;
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

    private readonly IDataProtector _protector = protection.CreateProtector("RencontresAict.Forms.EmailConfirmation.v1");

    public async Task<string> CreateAsync(UserRecord user)
    {
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var token = _protector.Protect($"{user.UserId}|{user.Email}|{expires}");
        return $"{await site.GetAsync()}{Path}?jeton={Uri.EscapeDataString(token)}";
    }

    /// <summary>The user the token was made for, when it is genuine and its address is still theirs; whether it expired.</summary>
    public async Task<(UserRecord? User, bool Expired)> ReadAsync(string? token)
    {
        string payload;
        try
        {
            payload = string.IsNullOrEmpty(token) || token.Length > 2048 ? "" : _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return (null, false);
        }

        var parts = payload.Split('|');
        if (parts.Length != 3 || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires))
        {
            return (null, false);
        }

        var user = await users.FindByIdAsync(parts[0]);
        if (user is null || !string.Equals(user.Email, parts[1], StringComparison.OrdinalIgnoreCase))
        {
            return (null, false);
        }

        return (user, clock.GetUtcNow().ToUnixTimeSeconds() > expires && !user.EmailConfirmed);
    }
}
