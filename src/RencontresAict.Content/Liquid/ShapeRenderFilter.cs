using Fluid;
using Fluid.Values;
using RencontresAict.Content.Flows;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ shape | shape_render }}</c>: the HTML of a shape — an item built by <c>shape_build_display</c> (a widget through
/// <c>Widget-{Type}</c>, anything else through <c>Content-{Type}</c>), or a zone such as <c>Model.Content</c> (its
/// parts' HTML in order). Already-safe HTML, not encoded again.
/// </summary>
public sealed class ShapeRenderFilter(ContentDisplayManager display) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var globals = context.AmbientValues.TryGetValue(ContentDisplayManager.GlobalsKey, out var value)
            ? value as IReadOnlyDictionary<string, object?>
            : null;
        var html = input.ToObjectValue() switch
        {
            ContentShape shape when await display.StereotypeOfAsync(shape.ContentItem.ContentType) == "Widget" =>
                await display.RenderWidgetAsync(shape.ContentItem, shape.Container, ContainedItemsDisplay.FlowClasses(shape.ContentItem), globals),
            ContentShape shape => await display.RenderContentAsync(shape.ContentItem, shape.DisplayType,
                new Dictionary<string, object?> { ["Container"] = shape.Container }, globals) ?? "",
            IFluidIndexable zone => string.Concat(zone.Keys.Select(key => zone.TryGetValue(key, out var part) ? part.ToStringValue() : "")),
            IDictionary<string, object?> zone => string.Concat(zone.Values.OfType<string>()),
            IEnumerable<string> shapes => string.Concat(shapes),
            string raw => raw,
            _ => "",
        };
        return new StringValue(html, encode: false);
    }
}
