using Fluid;
using Fluid.Values;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Liquid;

/// <summary><c>{{ ContentItem | display_url }}</c>: the item's public URL from its AutoroutePart path.</summary>
public sealed class DisplayUrlFilter : ILiquidFilter
{
    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var path = input.ToObjectValue() is ContentItem item ? item.GetText("AutoroutePart", "Path") : null;
        return ValueTask.FromResult<FluidValue>(new StringValue(path is null ? "" : "/" + path.Trim('/')));
    }
}
