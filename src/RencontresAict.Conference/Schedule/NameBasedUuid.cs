using System.Security.Cryptography;
using System.Text;

namespace RencontresAict.Conference.Schedule;

/// <summary>RFC 4122 name-based UUIDs, version 5 (SHA-1): the same name always gives the same UUID.</summary>
public static class NameBasedUuid
{
    /// <summary>RFC 4122's namespace for URLs.</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>This site's namespace: uuid5(URL, "https://rencontres-aict/"); never change it, every exported guid hangs on it.</summary>
    public static readonly Guid SiteNamespace = Create(UrlNamespace, "https://rencontres-aict/");

    public static Guid Create(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 4122 version 5 is defined on SHA-1; it names things, it protects nothing.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>The guid of a content item in the exports.</summary>
    public static string ForItem(string contentItemId) => Create(SiteNamespace, contentItemId).ToString("D");
}
