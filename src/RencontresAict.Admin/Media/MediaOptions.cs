namespace RencontresAict.Admin.Media;

/// <summary>Boot settings of the media library (section <c>Admin:Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Admin:Media";

    /// <summary>The largest file accepted, in bytes (10 MB).</summary>
    public long MaxFileSize { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// The widths and heights a resized image may be asked in besides the media profiles' (Orchard's default list):
    /// any other size is served unresized, so the disk holds a bounded number of copies per image.
    /// </summary>
    public int[] SupportedSizes { get; set; } = [16, 32, 50, 64, 80, 100, 120, 160, 200, 240, 320, 400, 480, 600, 640, 800, 1024, 1200, 1280, 1600, 2048];

    /// <summary>The largest image (width × height, 40 megapixels) that is ever decoded to be resized; larger ones are refused.</summary>
    public long MaxSourcePixels { get; set; } = 40_000_000;

    /// <summary>The JPEG and WebP quality of a resized image when the request names none.</summary>
    public int ResizedQuality { get; set; } = 82;
}
