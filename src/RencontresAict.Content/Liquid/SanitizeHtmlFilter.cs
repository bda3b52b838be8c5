using Fluid;
using Fluid.Values;
using Ganss.Xss;

namespace RencontresAict.Content.Liquid;

/// <summary><c>{{ html | sanitize_html }}</c>: scripts, event handlers and javascript: links removed; written as HTML.</summary>
public sealed class SanitizeHtmlFilter(IHtmlSanitizer sanitizer) : ILiquidFilter
{
    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        ValueTask.FromResult<FluidValue>(new StringValue(sanitizer.Sanitize(input.ToStringValue()), encode: false));
}
