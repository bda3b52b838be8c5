using System.Net;
using System.Text.RegularExpressions;
using Markdig;

namespace RencontresAict.Search.Indexing;

/// <summary>Text of HTML and Markdown bodies, as words a visitor could search for (tags dropped, entities decoded).</summary>
internal static partial class PlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var withoutScripts = ScriptOrStyle().Replace(html, " ");
        var text = Tag().Replace(withoutScripts, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    public static string FromMarkdown(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : Spaces().Replace(Markdown.ToPlainText(markdown, Pipeline), " ").Trim();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
