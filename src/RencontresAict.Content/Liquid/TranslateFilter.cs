using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using RencontresAict.Content.Localization;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ "Programme" | t }}</c>, <c>{{ "{0} sessions le {1}" | t: count, day }}</c>: the text in the request's UI culture
/// from the modules' PO files (the same catalog as <c>IStringLocalizer</c>), or the French text as written when there
/// is no translation, with the arguments put in its placeholders. As Orchard's <c>t</c> (a LocalizedHtmlString), the
/// text itself is the developers' and is written as is; only the arguments are HTML-encoded.
/// </summary>
public sealed class TranslateFilter(PoTranslationCatalog catalog) : ILiquidFilter
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var localizer = new PoStringLocalizer(catalog, context: null);
        var key = input.ToStringValue();
        var text = arguments.Count == 0
            ? localizer[key].Value
            : localizer[key, [.. Enumerable.Range(0, arguments.Count).Select(i => (object)_encoder.Encode(arguments.At(i).ToStringValue()))]].Value;
        return ValueTask.FromResult<FluidValue>(new StringValue(text, encode: false));
    }
}
