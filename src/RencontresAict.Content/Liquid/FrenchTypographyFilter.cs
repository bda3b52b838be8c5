using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ html | french_typography | raw }}</c>: French spacing in the text of HTML (never inside tags, scripts, styles,
/// code or form fields): a no-break space before « : » and inside « », a narrow no-break space before « ; ! ? », so
/// that neither a guillemet nor a colon ever starts a line. Only existing spaces are replaced before punctuation
/// (« http://… » and « 14h30: » are left alone); a guillemet gets its space even when typed without one.
/// </summary>
public sealed partial class FrenchTypographyFilter : ILiquidFilter
{
    private const string NoBreakSpace = "\u00A0";
    private const string NarrowNoBreakSpace = "\u202F";

    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        ValueTask.FromResult<FluidValue>(new StringValue(Apply(input.ToStringValue())));

    public static string Apply(string html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return html;
        }

        var result = new System.Text.StringBuilder(html.Length + 32);
        var position = 0;
        foreach (Match markup in Markup().Matches(html))
        {
            result.Append(Text(html[position..markup.Index])).Append(markup.Value);
            position = markup.Index + markup.Length;
        }

        return result.Append(Text(html[position..])).ToString();
    }

    private static string Text(string text)
    {
        text = OpeningGuillemet().Replace(text, "«" + NoBreakSpace);
        text = ClosingGuillemet().Replace(text, NoBreakSpace + "»");
        text = BeforeColon().Replace(text, NoBreakSpace + ":");
        return BeforeHighPunctuation().Replace(text, m => NarrowNoBreakSpace + m.Groups[1].Value);
    }

    [GeneratedRegex(@"<(script|style|pre|code|textarea)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"«(?:\s|&nbsp;|&#160;|&#xA0;)*")]
    private static partial Regex OpeningGuillemet();

    [GeneratedRegex(@"(?:\s|&nbsp;|&#160;|&#xA0;)*»")]
    private static partial Regex ClosingGuillemet();

    [GeneratedRegex(@"(?:[ \t\u00A0\u202F]|&nbsp;|&#160;|&#xA0;)+:")]
    private static partial Regex BeforeColon();

    [GeneratedRegex(@"(?:[ \t\u00A0\u202F]|&nbsp;|&#160;|&#xA0;)+([;!?])")]
    private static partial Regex BeforeHighPunctuation();
}
