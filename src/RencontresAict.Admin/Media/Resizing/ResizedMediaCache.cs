using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace RencontresAict.Admin.Media.Resizing;

/// <summary>
/// Resized images kept on disk under the media folder, in <c>.resized/{request}/{path}</c>: made once, then served as
/// files until their source changes. The folder's leading dot keeps it out of /media/… (the file provider hides dot
/// folders) and out of the library's list. Only JPEG, PNG and WebP are resized: SVG, GIF (animated) and PDF never.
/// </summary>
public sealed class ResizedMediaCache(MediaImageResizer resizer, ILogger<ResizedMediaCache> logger)
{
    public const string Folder = ".resized";

    private static readonly Dictionary<string, (SKEncodedImageFormat Format, string Extension, string ContentType)> _formats =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [".jpg"] = (SKEncodedImageFormat.Jpeg, ".jpg", "image/jpeg"),
            [".jpeg"] = (SKEncodedImageFormat.Jpeg, ".jpg", "image/jpeg"),
            ["jpg"] = (SKEncodedImageFormat.Jpeg, ".jpg", "image/jpeg"),
            [".png"] = (SKEncodedImageFormat.Png, ".png", "image/png"),
            ["png"] = (SKEncodedImageFormat.Png, ".png", "image/png"),
            [".webp"] = (SKEncodedImageFormat.Webp, ".webp", "image/webp"),
            ["webp"] = (SKEncodedImageFormat.Webp, ".webp", "image/webp"),
        };

    public static bool CanResize(string path) => _formats.ContainsKey(Path.GetExtension(path));

    /// <summary>The resized file's physical path and content type, made now if missing or older than its source; null when refused.</summary>
    public async Task<(string Path, string ContentType)?> GetAsync(
        string mediaRoot, string relativePath, string sourcePath, MediaResizeRequest request, CancellationToken cancellationToken)
    {
        var output = _formats[request.Format ?? Path.GetExtension(sourcePath)];
        var cached = Path.Combine(mediaRoot, Folder, request.CacheKey, Path.ChangeExtension(relativePath, output.Extension));
        if (File.Exists(cached) && File.GetLastWriteTimeUtc(cached) >= File.GetLastWriteTimeUtc(sourcePath))
        {
            return (cached, output.ContentType);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        var temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            bool made;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                made = await resizer.ResizeAsync(sourcePath, request, output.Format, stream, cancellationToken);
            }

            if (!made)
            {
                return null;
            }

            // Two requests may make the same file at once: the last one replaces the other's identical copy.
            File.Move(temporary, cached, overwrite: true);
            logger.LogInformation("Media {Path} resized ({Request}).", relativePath, request.CacheKey);
            return (cached, output.ContentType);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Deletes every resized copy of a media file (when the file itself is deleted).</summary>
    public static void Forget(string mediaRoot, string relativePath)
    {
        var folder = Path.Combine(mediaRoot, Folder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var stem = Path.ChangeExtension(relativePath, null);
        foreach (var request in Directory.EnumerateDirectories(folder))
        {
            foreach (var extension in new[] { ".jpg", ".png", ".webp" })
            {
                File.Delete(Path.Combine(request, stem + extension));
            }
        }
    }
}
