using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RencontresAict.Admin.Media.Resizing;
using RencontresAict.Content;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Admin.Media;

/// <summary>
/// The files of the media folder (<c>Media:Path</c>, by default <c>{Site:DataPath}/media</c>): uploads are checked by their first bytes and size, renamed to a slug
/// with the extension of their real type (a name can neither leave the folder nor replace another file). Who uploaded a
/// file is recorded in the current session (<see cref="MediaOwnerStore"/>), saved with the caller's changes.
/// </summary>
public sealed class MediaLibrary(IOptions<SiteOptions> site, IOptions<MediaStorageOptions> storage, IOptions<MediaOptions> options, MediaOwnerStore owners)
{
    public string Root => storage.Value.ResolveRoot(site.Value);

    /// <summary>Stores the file; <paramref name="ownerId"/>, the uploader's user id, may later delete it without ManageMedia.</summary>
    public async Task<MediaUploadResult> SaveAsync(IFormFile file, string? ownerId, CancellationToken cancellationToken = default)
    {
        if (file.Length == 0)
        {
            return new(null, "Le fichier est vide.");
        }

        if (file.Length > options.Value.MaxFileSize)
        {
            return new(null, $"Le fichier dépasse la taille maximale ({options.Value.MaxFileSize / (1024 * 1024)} Mo).");
        }

        await using var input = file.OpenReadStream();
        var head = new byte[16];
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = MediaKind.Detect(head.AsSpan(0, read));
        if (kind is null)
        {
            return new(null, "Type de fichier refusé : seules les images JPEG, PNG, GIF, WebP et les PDF sont acceptés.");
        }

        Directory.CreateDirectory(Root);
        var name = UniqueName(SafeStem(file.FileName), kind.Extension);
        var path = Path.Combine(Root, name);
        await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            await output.WriteAsync(head.AsMemory(0, read), cancellationToken);
            await input.CopyToAsync(output, cancellationToken);
        }

        if (ownerId is not null)
        {
            await owners.RecordAsync(name, ownerId);
        }

        return new(name, null);
    }

    /// <summary>Every file of the library, newest first, as paths relative to the media folder.</summary>
    public IReadOnlyList<string> List() =>
        Directory.Exists(Root)
            ? new DirectoryInfo(Root).EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(Root, f.FullName).StartsWith(ResizedMediaCache.Folder, StringComparison.Ordinal))
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .Select(f => Path.GetRelativePath(Root, f.FullName).Replace('\\', '/'))
                .ToList()
            : [];

    public async Task<bool> DeleteAsync(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return false;
        }

        File.Delete(full);
        ResizedMediaCache.Forget(Root, relativePath);
        await owners.ForgetAsync(relativePath);
        return true;
    }

    /// <summary>The user id of who uploaded the file, or null when no one is recorded.</summary>
    public Task<string?> OwnerOfAsync(string relativePath) => owners.OwnerOfAsync(relativePath);

    /// <summary>The file name alone (no folder, no "..") made into a slug; "fichier" when nothing is left.</summary>
    public static string SafeStem(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var stem = Slugifier.Slugify(Path.GetFileNameWithoutExtension(name)).Trim('.', '-');
        return stem.Length == 0 ? "fichier" : stem[..Math.Min(stem.Length, 80)];
    }

    private string UniqueName(string stem, string extension)
    {
        var name = stem + extension;
        for (var n = 1; File.Exists(Path.Combine(Root, name)); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        return name;
    }
}
