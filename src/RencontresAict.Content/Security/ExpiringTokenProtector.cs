using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace RencontresAict.Content.Security;

/// <summary>
/// Tokens for links mailed to people (a password reset, an address to confirm): a few text fields and an expiry,
/// encrypted and signed by Data Protection under the caller's purpose. The plain text is the fields and the expiry in
/// Unix seconds joined by "|"; only the last field may itself hold a "|" (an e-mail address may). The expiry is
/// checked against <see cref="TimeProvider"/>, so <c>Site:AsOf</c> previews it too.
/// </summary>
public sealed class ExpiringTokenProtector(IDataProtectionProvider protection, string purpose, TimeProvider clock)
{
    private const int MaxTokenLength = 4096;

    private readonly IDataProtector _protector = protection.CreateProtector(purpose);

    public string Protect(TimeSpan lifetime, params string[] fields)
    {
        if (fields.SkipLast(1).Any(f => f.Contains('|', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Only a token's last field may hold a '|'.", nameof(fields));
        }

        var expires = (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return _protector.Protect(string.Join('|', fields) + "|" + expires);
    }

    /// <summary>The fields of a genuine token of <paramref name="fieldCount"/> fields, and whether it expired; null for any other.</summary>
    public ExpiringToken? Read(string? token, int fieldCount)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        string plain;
        try
        {
            plain = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var last = plain.LastIndexOf('|');
        if (last < 0 || !long.TryParse(plain.AsSpan(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        var fields = plain[..last].Split('|', fieldCount);
        return fields.Length == fieldCount ? new ExpiringToken(fields, clock.GetUtcNow().ToUnixTimeSeconds() > expires) : null;
    }
}
