using Fluid;
using Fluid.Values;

namespace RencontresAict.Content.Liquid;

/// <summary><c>{{ "Cité des Sciences" | slugify }}</c> → <c>cite-des-sciences</c>.</summary>
public sealed class SlugifyFilter : ILiquidFilter
{
    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        ValueTask.FromResult<FluidValue>(new StringValue(Slugifier.Slugify(input.ToStringValue()).Replace("/", "-", StringComparison.Ordinal)));
}
