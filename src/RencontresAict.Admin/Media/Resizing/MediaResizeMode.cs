namespace RencontresAict.Admin.Media.Resizing;

/// <summary>
/// How an image is fitted into the asked width and height, as Orchard's <c>ResizeMode</c> (same names and numbers, so a
/// MediaProfiles step's <c>Mode</c> means the same here). <see cref="Undefined"/> crops when both sides are given.
/// </summary>
public enum MediaResizeMode
{
    Undefined = 0,

    /// <summary>Fits inside the box, keeping the ratio.</summary>
    Max = 1,

    /// <summary>Fills the box, keeping the ratio, cutting what overflows around the centre.</summary>
    Crop = 2,

    /// <summary>Fits inside the box and fills the rest (transparent, or white for JPEG).</summary>
    Pad = 3,

    /// <summary>As Pad, but never enlarges the image.</summary>
    BoxPad = 4,

    /// <summary>Keeps the ratio until the shorter side reaches its size.</summary>
    Min = 5,

    /// <summary>Exactly the box, ratio ignored.</summary>
    Stretch = 6,
}
