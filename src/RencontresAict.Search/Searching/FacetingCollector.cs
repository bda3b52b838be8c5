using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using RencontresAict.Search.Indexing;

namespace RencontresAict.Search.Searching;

/// <summary>
/// Collects every matching document with its score and its facet values (content type, format term ids, day),
/// read from doc values, so one pass over the index gives both the ranked results and the facet counts.
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private readonly List<MatchedDocument> _matches = [];
    private Scorer? _scorer;
    private int _docBase;
    private SegmentValues? _type;
    private SegmentValues? _format;
    private SegmentValues? _day;

    public IReadOnlyList<MatchedDocument> Matches => _matches;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _type = SegmentValues.Of(context.AtomicReader, IndexFieldNames.FacetType);
        _format = SegmentValues.Of(context.AtomicReader, IndexFieldNames.FacetFormat);
        _day = SegmentValues.Of(context.AtomicReader, IndexFieldNames.FacetDay);
    }

    public void Collect(int doc) =>
        _matches.Add(new MatchedDocument(
            _docBase + doc,
            _scorer?.GetScore() ?? 0f,
            First(_type?.Read(doc)),
            (IReadOnlyList<string>?)_format?.Read(doc) ?? [],
            First(_day?.Read(doc))));

    private static string? First(List<string>? values) => values is { Count: > 0 } ? values[0] : null;

    internal sealed record MatchedDocument(int Doc, float Score, string? Type, IReadOnlyList<string> Formats, string? Day);

    private sealed class SegmentValues(SortedSetDocValues values)
    {
        private readonly Dictionary<long, string> _terms = [];
        private readonly BytesRef _scratch = new();

        public static SegmentValues? Of(AtomicReader reader, string field) =>
            reader.GetSortedSetDocValues(field) is { } values ? new SegmentValues(values) : null;

        public List<string> Read(int doc)
        {
            values.SetDocument(doc);
            List<string>? result = null;
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                if (!_terms.TryGetValue(ord, out var term))
                {
                    values.LookupOrd(ord, _scratch);
                    term = _scratch.Utf8ToString();
                    _terms[ord] = term;
                }

                (result ??= []).Add(term);
            }

            return result ?? [];
        }
    }
}
