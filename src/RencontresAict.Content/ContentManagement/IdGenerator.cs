using System.Security.Cryptography;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// Orchard Core's identifiers: 26 characters of Crockford base32 (lower case, no i, l, o, u)
/// encoding 128 random bits, so ids move between this site and an Orchard Core site unchanged.
/// </summary>
public sealed class IdGenerator
{
    public const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    public const int Length = 26;

    public string GenerateUniqueId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length];
        var value = new UInt128(BitConverter.ToUInt64(bytes[..8]), BitConverter.ToUInt64(bytes[8..]));
        // 26 characters carry 130 bits; the two highest stay zero, as in Orchard's encoding of a GUID.
        for (var i = Length - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
