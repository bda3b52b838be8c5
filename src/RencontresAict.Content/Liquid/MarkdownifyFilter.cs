using Fluid;
using Fluid.Values;
using Ganss.Xss;
using Markdig;

namespace RencontresAict.Content.Liquid;

/// <summary><c>{{ Model.Text | markdownify }}</c>: Markdown to HTML, sanitized, written as HTML (not encoded again).</summary>
public sealed class MarkdownifyFilter(IHtmlSanitizer sanitizer) : ILiquidFilter
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        ValueTask.FromResult<FluidValue>(new StringValue(sanitizer.Sanitize(Markdown.ToHtml(input.ToStringValue(), _pipeline)), encode: false));
}
