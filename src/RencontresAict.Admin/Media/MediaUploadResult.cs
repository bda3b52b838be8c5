namespace RencontresAict.Admin.Media;

/// <summary>The stored path (relative to the media folder, served at /media/…) or why the file was refused (French).</summary>
public sealed record MediaUploadResult(string? Path, string? Error)
{
    public bool Succeeded => Path is not null;
}
