using Fluid;
using Fluid.Values;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Admin.Media.Resizing;

/// <summary>Orchard's <c>{{ 'photos/x.jpg' | asset_url }}</c>: a media path as its URL under /media (a URL stays as it is).</summary>
public sealed class AssetUrlFilter : ILiquidFilter
{
    public const string Prefix = "/media/";

    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        ValueTask.FromResult<FluidValue>(new StringValue(ToMediaUrl(input.ToStringValue())));

    /// <summary>"x.jpg" and "~/media/x.jpg" become "/media/x.jpg"; "/media/…", other absolute paths and full URLs are kept.</summary>
    public static string ToMediaUrl(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || text.StartsWith('/') || text.Contains("://", StringComparison.Ordinal))
        {
            return text;
        }

        text = text.StartsWith("~/", StringComparison.Ordinal) ? text[1..] : Prefix + text;
        return text;
    }
}
