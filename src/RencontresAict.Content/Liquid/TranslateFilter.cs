using System.Globalization;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Localization;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ "Programme" | t }}</c>, <c>{{ "{0} sessions" | t: count }}</c>: the text from <see cref="LocalizationOptions"/>,
/// else its translation in the request's UI culture (the modules' PO files), else the key itself (the theme is written
/// in French), with arguments put in its placeholders.
/// </summary>
public sealed class TranslateFilter(IOptions<LocalizationOptions> options, PoTranslationCatalog catalog) : ILiquidFilter
{
    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var key = input.ToStringValue();
        var text = options.Value.Texts.GetValueOrDefault(key) ?? catalog.Find(CultureInfo.CurrentUICulture, null, key)?[0] ?? key;
        if (arguments.Count > 0)
        {
            var values = Enumerable.Range(0, arguments.Count).Select(i => (object)arguments.At(i).ToStringValue()).ToArray();
            text = string.Format(CultureInfo.CurrentCulture, text, values);
        }

        return ValueTask.FromResult<FluidValue>(new StringValue(text));
    }
}
