using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using RencontresAict.Content.Text;

namespace RencontresAict.Search.Searching;

/// <summary>
/// Best passages of a result's text with the matched words wrapped in &lt;mark&gt;. The text is HTML-encoded, so the
/// snippet can be written raw into a page; a text with no match gives its opening words. Placeholders left in
/// brackets for staff (<see cref="BracketPlaceholders"/>) never show: an index built before they were left out of it
/// still holds them.
/// </summary>
internal sealed class SnippetHighlighter(Query query, Analyzer analyzer)
{
    private const int FragmentLength = 160;

    private readonly QueryScorer _scorer = new(query);

    public string Highlight(string field, string? stored)
    {
        var text = stored is null ? null : BracketPlaceholders.Hide(stored, "…");
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
