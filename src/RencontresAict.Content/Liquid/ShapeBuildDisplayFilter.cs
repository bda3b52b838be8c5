using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Flows;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ item | shape_build_display: "Summary" | shape_render }}</c>: Orchard's filter that builds the display of an item
/// (Detail by default). The item may be a stored item or one nested in the template's own item (a flow widget read from
/// <c>Model.ContentItem.Content.FlowPart.Widgets</c>, found by its ContentItemId); the template's item is its container.
/// </summary>
public sealed class ShapeBuildDisplayFilter : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var container = context.GetValue("ContentItem").ToObjectValue() as ContentItem;
        var item = input.ToObjectValue() as ContentItem;
        if (item is null && container is not null && (await input.GetValueAsync("ContentItemId", context)).ToStringValue() is { Length: > 0 } id)
        {
            item = ContainedItemsDisplay.ToItem(FindNested(container.Content, id));
        }

        if (item is null)
        {
            return NilValue.Instance;
        }

        var displayType = arguments.At(0).ToStringValue() is { Length: > 0 } type ? type : TemplateAlternates.Detail;
        return FluidValue.Create(new ContentShape(item, displayType, container), context.Options);
    }

    /// <summary>The object carrying that ContentItemId anywhere inside the container's parts.</summary>
    private static JsonObject? FindNested(JsonNode? node, string id) => node switch
    {
        JsonObject obj when obj["ContentItemId"] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
            && value.GetValue<string>() == id => obj,
        JsonObject obj => obj.Select(p => FindNested(p.Value, id)).FirstOrDefault(found => found is not null),
        JsonArray array => array.Select(child => FindNested(child, id)).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
