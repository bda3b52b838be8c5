namespace RencontresAict.Search.Searching;

/// <summary>
/// Everything the search page (/recherche, Search.liquid) and /api/search show: the request echoed back, the page
/// of results, the total, facets by content type, format and day (counts follow the other chosen filters), paging.
/// </summary>
public sealed class SearchResultsViewModel
{
    public string Terms { get; init; } = "";

    public string? Type { get; init; }

    public string? Format { get; init; }

    public string? Day { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; }

    public int TotalCount { get; init; }

    public int PageCount => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPreviousPage => Page > 1 && TotalCount > 0;

    public bool HasNextPage => Page < PageCount;

    /// <summary>False when nothing was asked (empty words and no filter): the page shows the empty form.</summary>
    public bool Searched { get; init; }

    /// <summary>True when no search index is set up; the page says search is unavailable.</summary>
    public bool IndexMissing { get; init; }

    public IReadOnlyList<SearchHit> Items { get; init; } = [];

    public IReadOnlyList<FacetValue> Types { get; init; } = [];

    public IReadOnlyList<FacetValue> Formats { get; init; } = [];

    public IReadOnlyList<FacetValue> Days { get; init; } = [];
}
