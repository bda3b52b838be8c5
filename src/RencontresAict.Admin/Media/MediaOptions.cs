namespace RencontresAict.Admin.Media;

/// <summary>Boot settings of the media library (section <c>Admin:Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Admin:Media";

    /// <summary>The largest file accepted, in bytes (10 MB).</summary>
    public long MaxFileSize { get; set; } = 10 * 1024 * 1024;
}
