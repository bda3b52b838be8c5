using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace RencontresAict.Admin.Media.Resizing;

/// <summary>
/// A resized version of a media image as Orchard's media URLs ask for it: <c>?width=160&amp;height=160&amp;rmode=crop</c>,
/// optionally <c>quality</c> (1–100) and <c>format</c> (jpg, png, webp). Anything else in the query is ignored.
/// </summary>
public sealed record MediaResizeRequest(int? Width, int? Height, MediaResizeMode Mode, int? Quality, string? Format)
{
    private static readonly string[] _formats = ["jpg", "png", "webp"];

    /// <summary>The request the query asks for, or null when it asks for no resizing (or for one that makes no sense).</summary>
    public static MediaResizeRequest? FromQuery(IQueryCollection query)
    {
        var width = Positive(query["width"]);
        var height = Positive(query["height"]);
        if (width is null && height is null)
        {
            return null;
        }

        var quality = Positive(query["quality"]) is { } q ? Math.Min(q, 100) : (int?)null;
        var format = query["format"].ToString().ToLowerInvariant() is var f && _formats.Contains(f) ? f : null;
        return new(width, height, ParseMode(query["rmode"]), quality, format);
    }

    /// <summary>A mode named as in Orchard's URLs and profiles ("crop", "Crop", 2); Undefined when unknown.</summary>
    public static MediaResizeMode ParseMode(string? text) =>
        Enum.TryParse<MediaResizeMode>(text, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : MediaResizeMode.Undefined;

    /// <summary>The query string of this request (<c>?width=…</c>), in a fixed order so equal requests share a URL.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Width is { } w)
        {
            parts.Add("width=" + w.ToString(CultureInfo.InvariantCulture));
        }

        if (Height is { } h)
        {
            parts.Add("height=" + h.ToString(CultureInfo.InvariantCulture));
        }

        if (Mode != MediaResizeMode.Undefined)
        {
            parts.Add("rmode=" + Mode.ToString().ToLowerInvariant());
        }

        if (Quality is { } quality)
        {
            parts.Add("quality=" + quality.ToString(CultureInfo.InvariantCulture));
        }

        if (Format is not null)
        {
            parts.Add("format=" + Format);
        }

        return "?" + string.Join('&', parts);
    }

    /// <summary>The name of the cache folder of this request's resized files: <c>160x160-crop-q80-webp</c>.</summary>
    public string CacheKey => string.Create(CultureInfo.InvariantCulture,
        $"{Width?.ToString(CultureInfo.InvariantCulture) ?? "auto"}x{Height?.ToString(CultureInfo.InvariantCulture) ?? "auto"}-{Mode.ToString().ToLowerInvariant()}-q{Quality ?? 0}-{Format ?? "same"}");

    private static int? Positive(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
