using Fluid;
using Fluid.Values;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ "/portfolio/1.jpg" | asset_url }}</c>: Orchard's URL of a media file (<c>/media/portfolio/1.jpg</c>). An absolute
/// URL, or a path already under <c>/media/</c>, is left as it is; <c>~/x</c> is the site's <c>/x</c>.
/// </summary>
public sealed class AssetUrlFilter : ILiquidFilter
{
    public const string MediaPrefix = "/media/";

    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        ValueTask.FromResult<FluidValue>(new StringValue(ToMediaUrl(input.ToStringValue())));

    /// <summary>The URL of a media path (also what <c>resize_url</c> starts from).</summary>
    public static string ToMediaUrl(string value)
    {
        var path = value.Trim();
        return path switch
        {
            "" => "",
            _ when Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" => path,
            _ when path.StartsWith("~/", StringComparison.Ordinal) => path[1..],
            _ when path.StartsWith(MediaPrefix, StringComparison.Ordinal) => path,
            _ => MediaPrefix + path.TrimStart('/'),
        };
    }
}
