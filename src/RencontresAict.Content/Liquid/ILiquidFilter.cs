using Fluid;
using Fluid.Values;

namespace RencontresAict.Content.Liquid;

/// <summary>A Liquid filter resolved from the request's services, registered by name with <c>AddLiquidFilter</c>.</summary>
public interface ILiquidFilter
{
    ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context);
}
