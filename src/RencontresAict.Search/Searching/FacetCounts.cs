using Lucene.Net.Index;
using Lucene.Net.Util;

namespace RencontresAict.Search.Searching;

/// <summary>
/// One facet field's counts during a search: per segment, an array indexed by the field's doc-value ordinals, turned
/// into value texts when the next segment starts (only the ordinals counted are looked up). Also whether a document
/// carries the value a visitor chose, compared as that segment's ordinal.
/// </summary>
internal sealed class FacetCounts(string field)
{
    private const long NotInSegment = -2;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private int[]? _segmentCounts;
    private bool _anyValue = true;
    private long _selected = NotInSegment;

    public void SetReader(AtomicReader reader, string? selected)
    {
        Flush();
        _values = reader.GetSortedSetDocValues(field);
        _segmentCounts = _values is null ? null : new int[_values.ValueCount];
        _anyValue = selected is null;
        _selected = selected is null || _values is null ? NotInSegment : Math.Max(_values.LookupTerm(new BytesRef(selected)), NotInSegment);
    }

    /// <summary>The document's first value (lowest ordinal), or -1 (<see cref="SortedSetDocValues.NO_MORE_ORDS"/>).</summary>
    public long First(int doc)
    {
        if (_values is null)
        {
            return SortedSetDocValues.NO_MORE_ORDS;
        }

        _values.SetDocument(doc);
        return _values.NextOrd();
    }

    public bool Matches(long ordinal) => _anyValue || (_selected >= 0 && ordinal == _selected);

    /// <summary>Whether any of the document's values is the chosen one (always, when none is chosen).</summary>
    public bool AnyMatches(int doc)
    {
        if (_anyValue)
        {
            return true;
        }

        if (_values is null || _selected < 0)
        {
            return false;
        }

        _values.SetDocument(doc);
        for (var ordinal = _values.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = _values.NextOrd())
        {
            if (ordinal == _selected)
            {
                return true;
            }
        }

        return false;
    }

    public void Count(long ordinal)
    {
        if (ordinal >= 0)
        {
            _segmentCounts![ordinal]++;
        }
    }

    public void CountAll(int doc)
    {
        if (_values is null)
        {
            return;
        }

        _values.SetDocument(doc);
        for (var ordinal = _values.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = _values.NextOrd())
        {
            _segmentCounts![ordinal]++;
        }
    }

    /// <summary>The counts by value text over every segment seen.</summary>
    public IReadOnlyDictionary<string, int> Finish()
    {
        Flush();
        return _counts;
    }

    private void Flush()
    {
        if (_values is null || _segmentCounts is null)
        {
            return;
        }

        var text = new BytesRef();
        for (var ordinal = 0; ordinal < _segmentCounts.Length; ordinal++)
        {
            if (_segmentCounts[ordinal] > 0)
            {
                _values.LookupOrd(ordinal, text);
                var value = text.Utf8ToString();
                _counts[value] = _counts.GetValueOrDefault(value) + _segmentCounts[ordinal];
            }
        }

        _segmentCounts = null;
    }
}
