using Fluid;
using Fluid.Values;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ "4ab…" | content_item_id }}</c> → the published item; on a list of ids (a ContentPickerField's
/// <c>ContentItemIds</c>) → the published items, in that order, leaving out the ones not published.
/// </summary>
public sealed class ContentItemIdFilter(ContentManager content) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        if (input is ArrayValue array)
        {
            var items = new List<FluidValue>();
            foreach (var value in array.Values)
            {
                if (await content.GetAsync(value.ToStringValue()) is { } item)
                {
                    items.Add(FluidValue.Create(item, context.Options));
                }
            }

            return new ArrayValue(items);
        }

        var id = input.ToStringValue();
        return !string.IsNullOrEmpty(id) && await content.GetAsync(id) is { } one ? FluidValue.Create(one, context.Options) : NilValue.Instance;
    }
}
