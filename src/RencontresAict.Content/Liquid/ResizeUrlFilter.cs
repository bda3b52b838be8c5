using Fluid;
using Fluid.Values;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ url | resize_url: width: 600, profile: 'medium', mode: 'stretch' }}</c> accepted as in Orchard's templates, the
/// URL left unchanged: this site does not resize media yet, so the browser scales the original.
/// </summary>
public sealed class ResizeUrlFilter : ILiquidFilter
{
    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        ValueTask.FromResult<FluidValue>(new StringValue(input.ToStringValue()));
}
