namespace RencontresAict.Admin.Media;

/// <summary>
/// The file types the library accepts, recognised by their first bytes (never by their name): JPEG, PNG, GIF, WebP
/// and PDF. SVG is refused: it can carry scripts.
/// </summary>
public sealed record MediaKind(string Extension, string ContentType)
{
    public static MediaKind? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new(".jpg", "image/jpeg");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new(".png", "image/png");
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return new(".gif", "image/gif");
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return new(".webp", "image/webp");
        }

        return head.StartsWith("%PDF-"u8) ? new(".pdf", "application/pdf") : null;
    }

    /// <summary>Whether the library file at <paramref name="path"/> is an image (a thumbnail can show it).</summary>
    public static bool IsImagePath(string path) =>
        ContentTypes.TryGetValue(Path.GetExtension(path), out var type) && type.StartsWith("image/", StringComparison.Ordinal);

    public static IReadOnlyDictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".png"] = "image/png", [".gif"] = "image/gif",
        [".webp"] = "image/webp", [".pdf"] = "application/pdf",
    };
}
