namespace RencontresAict.Search.Searching;

/// <summary>
/// What one pass over the index found: how many documents pass every filter, one page of them, and per facet the
/// counts among documents passing the other filters.
/// </summary>
internal sealed record SearchOutcome(
    int Total,
    IReadOnlyList<RawHit> Hits,
    IReadOnlyDictionary<string, int> Types,
    IReadOnlyDictionary<string, int> Formats,
    IReadOnlyDictionary<string, int> Days)
{
    public static SearchOutcome Empty { get; } = new(0, [], new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
}
