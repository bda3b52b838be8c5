using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using RencontresAict.Content.Text;

namespace RencontresAict.Search.Indexing;

/// <summary>
/// Text of HTML and Markdown bodies, as words a visitor could search for (tags dropped, entities decoded), without the
/// placeholders left in brackets for staff, which visitors never see (<see cref="BracketPlaceholders"/>).
/// </summary>
internal static partial class PlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var withoutScripts = ScriptOrStyle().Replace(BracketPlaceholders.Hide(html, " "), " ");
        var text = Tag().Replace(withoutScripts, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    public static string FromMarkdown(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : Spaces().Replace(BracketPlaceholders.Hide(Markdown.ToPlainText(markdown, Pipeline), " "), " ").Trim();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
