namespace RencontresAict.Search.Searching;

/// <summary>
/// What one pass over the index found: the documents passing every filter, and per facet the counts among documents
/// passing the other filters (so choosing a type still shows how many results each other type has).
/// </summary>
internal sealed record SearchOutcome(
    IReadOnlyList<FacetingCollector.MatchedDocument> Results,
    IReadOnlyDictionary<string, int> Types,
    IReadOnlyDictionary<string, int> Formats,
    IReadOnlyDictionary<string, int> Days)
{
    public static SearchOutcome Empty { get; } = new([], new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());

    public int Total => Results.Count;

    public IReadOnlyList<RawHit> Hits { get; init; } = [];

    public static SearchOutcome Count(IReadOnlyList<FacetingCollector.MatchedDocument> matches, SearchFilters filters)
    {
        var results = new List<FacetingCollector.MatchedDocument>();
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var formats = new Dictionary<string, int>(StringComparer.Ordinal);
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            bool type = filters.TypeMatches(m), format = filters.FormatMatches(m), day = filters.DayMatches(m);
            if (type && format && day)
            {
                results.Add(m);
            }

            if (format && day && m.Type is not null)
            {
                Increment(types, m.Type);
            }

            if (type && day)
            {
                foreach (var id in m.Formats)
                {
                    Increment(formats, id);
                }
            }

            if (type && format && m.Day is not null)
            {
                Increment(days, m.Day);
            }
        }

        return new SearchOutcome(results, types, formats, days);
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
