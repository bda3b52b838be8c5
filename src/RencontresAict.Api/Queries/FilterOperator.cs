namespace RencontresAict.Api.Queries;

/// <summary>Comparisons a filter can make; the suffix after <c>_</c> in REST and GraphQL names them.</summary>
public enum FilterOperator
{
    Equals,
    Contains,
    StartsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
