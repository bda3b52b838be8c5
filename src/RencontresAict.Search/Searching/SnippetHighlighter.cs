using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace RencontresAict.Search.Searching;

/// <summary>
/// Best passages of a result's text with the matched words wrapped in &lt;mark&gt;. The text is HTML-encoded, so the
/// snippet can be written raw into a page; a text with no match gives its opening words.
/// </summary>
internal sealed class SnippetHighlighter(Query query, Analyzer analyzer)
{
    private const int FragmentLength = 160;

    private readonly QueryScorer _scorer = new(query);

    public string Highlight(string field, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        try
        {
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), _scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(_scorer, FragmentLength),
            };
            using var tokens = analyzer.GetTokenStream(field, text);
            var fragments = highlighter.GetBestFragments(tokens, text, 2, " … ");
            if (!string.IsNullOrWhiteSpace(fragments))
            {
                return fragments.Trim();
            }
        }
        catch (InvalidTokenOffsetsException)
        {
            // Fall through to the opening words.
        }

        return WebUtility.HtmlEncode(text.Length > FragmentLength ? text[..FragmentLength].TrimEnd() + " …" : text);
    }
}
