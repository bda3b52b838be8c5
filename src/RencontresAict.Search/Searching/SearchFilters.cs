namespace RencontresAict.Search.Searching;

/// <summary>The facet values a visitor chose; null means "any".</summary>
internal sealed record SearchFilters(string? Type, string? Format, string? Day)
{
    public bool Any => Type is not null || Format is not null || Day is not null;

    public bool TypeMatches(FacetingCollector.MatchedDocument m) => Type is null || m.Type == Type;

    public bool FormatMatches(FacetingCollector.MatchedDocument m) => Format is null || m.Formats.Contains(Format);

    public bool DayMatches(FacetingCollector.MatchedDocument m) => Day is null || m.Day == Day;
}
