using Fluid;
using Fluid.Values;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Forms.Display;

/// <summary><c>{{ Model.ContentItem | render_form }}</c>: the form of a Form item, with its elements, ready to post (HTML).</summary>
public sealed class RenderFormFilter(FormDisplayManager forms) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        input.ToObjectValue() is ContentItem item && item.GetPart("FormPart") is not null
            ? new StringValue(await forms.RenderAsync(item), encode: false)
            : StringValue.Empty;
}
