using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// Signed and encrypted, time-limited tokens for workflow URLs (Orchard's security token service), on ASP.NET Data
/// Protection. The expiry is checked against <see cref="TimeProvider"/>, so <c>Site:AsOf</c> previews it too. Its
/// payload is a typed JSON envelope, not the text fields of the engine's <see cref="RencontresAict.Content.Security.ExpiringTokenProtector"/>:
/// the confirmation links already mailed carry this format, so it stays.
/// </summary>
public sealed class WorkflowTokenService(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("RencontresAict.Workflows.Tokens");

    public string CreateToken<T>(T payload, TimeSpan lifetime)
    {
        var envelope = new TokenEnvelope(
            typeof(T).Name, JsonSerializer.SerializeToElement(payload), clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds());
        return WebEncoders.Base64UrlEncode(_protector.Protect(JsonSerializer.SerializeToUtf8Bytes(envelope)));
    }

    /// <summary>Valid: the payload. Forged or altered: <see cref="TokenResult.Invalid"/>. Too old: <see cref="TokenResult.Expired"/>.</summary>
    public TokenResult TryReadToken<T>(string? token, out T? payload)
    {
        payload = default;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return TokenResult.Invalid;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize<TokenEnvelope>(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
            if (envelope is null || envelope.Kind != typeof(T).Name)
            {
                return TokenResult.Invalid;
            }

            if (clock.GetUtcNow().ToUnixTimeSeconds() > envelope.ExpiresAt)
            {
                return TokenResult.Expired;
            }

            payload = envelope.Payload.Deserialize<T>();
            return payload is null ? TokenResult.Invalid : TokenResult.Valid;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException)
        {
            return TokenResult.Invalid;
        }
    }

    private sealed record TokenEnvelope(string Kind, JsonElement Payload, long ExpiresAt);
}
