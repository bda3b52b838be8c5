namespace RencontresAict.Api.Queries;

/// <summary>One condition of a query: target, comparison, value (already parsed to the target's column type).</summary>
public sealed record ContentFilter(ContentQueryTarget Target, FilterOperator Operator, object? Value);
