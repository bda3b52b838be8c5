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
/// still holds them. Only the shown hits are highlighted, from their stored text, scored by the query's words
/// (<see cref="QueryTermScorer"/>): a phrase marks its words wherever they are, which costs a pass over the tokens
/// instead of the in-memory index per hit that position-aware scoring builds (15 ms for a page of a phrase search).
/// </summary>
internal sealed class SnippetHighlighter
{
    private const int FragmentLength = 160;

    private readonly Analyzer _analyzer;
    private readonly Highlighter _highlighter;

    private SnippetHighlighter(Query query, Analyzer analyzer)
    {
        _analyzer = analyzer;
        _highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryTermScorer(query))
        {
            TextFragmenter = new SimpleFragmenter(FragmentLength),
        };
    }

    /// <summary>
    /// A highlighter for the words of <paramref name="query"/>, rewritten against the index first so a wildcard's
    /// words are known (one that expands to too many words marks the words of <paramref name="fallback"/>).
    /// </summary>
    public static SnippetHighlighter For(IndexSearcher searcher, Query query, Func<Query?> fallback, Analyzer analyzer)
    {
        Query words;
        try
        {
            words = searcher.Rewrite(ExpandingWildcards(query));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            words = fallback() ?? new BooleanQuery();
        }

        return new SnippetHighlighter(words, analyzer);
    }

    /// <summary>
    /// A copy of <paramref name="query"/> whose wildcards rewrite to their words: the search's own constant-score
    /// rewrite may keep them as a filter, which has no words to mark.
    /// </summary>
    private static Query ExpandingWildcards(Query query)
    {
        switch (query)
        {
            case MultiTermQuery wildcard:
                var expanding = (MultiTermQuery)wildcard.Clone();
                expanding.MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE;
                return expanding;
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(ExpandingWildcards(clause.Query), clause.Occur);
                }

                return copy;
            default:
                return query;
        }
    }

    public string Highlight(string field, string? stored)
    {
        var text = stored is null ? null : BracketPlaceholders.Hide(stored, "…");
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        try
        {
            using var tokens = _analyzer.GetTokenStream(field, text);
            var fragments = _highlighter.GetBestFragments(tokens, text, 2, " … ");
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
