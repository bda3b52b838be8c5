using Fluid;
using Fluid.Values;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Liquid;

/// <summary><c>{{ ContentItem | display_text }}</c>: the item's DisplayText.</summary>
public sealed class DisplayTextFilter : ILiquidFilter
{
    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        ValueTask.FromResult<FluidValue>(input.ToObjectValue() is ContentItem item
            ? new StringValue(item.DisplayText ?? "")
            : NilValue.Instance);
}
