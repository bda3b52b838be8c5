using System.Text.Json;
using Fluid;
using Fluid.Values;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Liquid;

/// <summary><c>{{ Model.ContentItem | json }}</c>: the value as JSON (content items in Orchard's format); HTML-encoded on output.</summary>
public sealed class JsonFilter : ILiquidFilter
{
    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var value = input.ToObjectValue();
        var json = value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), ContentJson.Options);
        return ValueTask.FromResult<FluidValue>(new StringValue(json));
    }
}
