namespace RencontresAict.Search.Searching;

/// <summary>The facet values a visitor chose; null means "any".</summary>
internal sealed record SearchFilters(string? Type, string? Format, string? Day)
{
    public bool Any => Type is not null || Format is not null || Day is not null;
}
