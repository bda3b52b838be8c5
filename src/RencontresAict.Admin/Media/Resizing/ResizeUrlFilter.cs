using System.Globalization;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Admin.Media.Resizing;

/// <summary>
/// Orchard's <c>{{ url | resize_url: width: 160, height: 160, mode: 'crop' }}</c> (also positional, and <c>profile:
/// 'name'</c> for a stored media profile, <c>quality</c>, <c>format</c>): the media URL with its resizing query. A bare
/// media path is taken as under /media; SVG, other files and other sites' URLs come back unchanged.
/// </summary>
public sealed class ResizeUrlFilter : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var url = AssetUrlFilter.ToMediaUrl(input.ToStringValue());
        var path = url.Split('?')[0];
        if (!path.StartsWith(AssetUrlFilter.MediaPrefix, StringComparison.Ordinal) || !ResizedMediaCache.CanResize(path))
        {
            return new StringValue(url);
        }

        var fromProfile = arguments["profile"] is not NilValue and var profile
            ? await context.Services.GetRequiredService<MediaProfileReader>().FindAsync(profile.ToStringValue())
            : null;
        var request = new MediaResizeRequest(
            Size(arguments, "width", 0) ?? fromProfile?.Width,
            Size(arguments, "height", 1) ?? fromProfile?.Height,
            Argument(arguments, "mode", 2) is not NilValue and var mode ? MediaResizeRequest.ParseMode(mode.ToStringValue()) : fromProfile?.Mode ?? MediaResizeMode.Undefined,
            Size(arguments, "quality", 3) is { } quality ? Math.Min(quality, 100) : fromProfile?.Quality,
            Argument(arguments, "format", 4) is not NilValue and var format ? format.ToStringValue().ToLowerInvariant() : fromProfile?.Format);
        return new StringValue(request.Width is null && request.Height is null ? path : path + request.ToQueryString());
    }

    /// <summary>A named argument; positions count only when none is named (Fluid lists named ones among the positions too).</summary>
    private static FluidValue Argument(FilterArguments arguments, string name, int position) =>
        arguments.Names.Any() ? arguments[name] : arguments.At(position);

    private static int? Size(FilterArguments arguments, string name, int position) =>
        Argument(arguments, name, position) is not NilValue and var value
            && int.TryParse(value.ToStringValue(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : null;
}
