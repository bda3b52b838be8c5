using Lucene.Net.Index;
using Lucene.Net.Search;
using RencontresAict.Search.Indexing;

namespace RencontresAict.Search.Searching;

/// <summary>
/// One pass over the matches: keeps only the best <c>hits</c> documents passing every filter (Lucene's bounded
/// top-score queue: highest score first, lower document number on a tie), counts them, and counts per facet the
/// documents passing the other filters (so choosing a type still shows how many results each other type has). Facet
/// values are compared and counted as doc-value ordinals of the segment; a value's text is read once per segment
/// where it was counted. Nothing is kept per match.
/// </summary>
internal sealed class FacetingCollector(SearchFilters filters, int hits) : ICollector
{
    private readonly TopScoreDocCollector _top = TopScoreDocCollector.Create(Math.Max(hits, 1), docsScoredInOrder: false);
    private readonly FacetCounts _types = new(IndexFieldNames.FacetType);
    private readonly FacetCounts _formats = new(IndexFieldNames.FacetFormat);
    private readonly FacetCounts _days = new(IndexFieldNames.FacetDay);

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, int> Types => _types.Finish();

    public IReadOnlyDictionary<string, int> Formats => _formats.Finish();

    public IReadOnlyDictionary<string, int> Days => _days.Finish();

    /// <summary>The hits of one page, best first, among the collected top.</summary>
    public ScoreDoc[] Page(int skip, int take) => _top.GetTopDocs(skip, take).ScoreDocs;

    public void SetScorer(Scorer scorer) => _top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _top.SetNextReader(context);
        _types.SetReader(context.AtomicReader, filters.Type);
        _formats.SetReader(context.AtomicReader, filters.Format);
        _days.SetReader(context.AtomicReader, filters.Day);
    }

    public void Collect(int doc)
    {
        long type = _types.First(doc), day = _days.First(doc);
        bool typeMatches = _types.Matches(type), dayMatches = _days.Matches(day), formatMatches = _formats.AnyMatches(doc);
        if (typeMatches && formatMatches && dayMatches)
        {
            Total++;
            _top.Collect(doc);
        }

        if (formatMatches && dayMatches)
        {
            _types.Count(type);
        }

        if (typeMatches && dayMatches)
        {
            _formats.CountAll(doc);
        }

        if (typeMatches && formatMatches)
        {
            _days.Count(day);
        }
    }
}
