namespace RencontresAict.Api.Queries;

/// <summary>A list query over the index tables: one content type, a status, filters, orders and a page.</summary>
public sealed class ContentQuery
{
    public required string ContentType { get; init; }

    public ContentStatus Status { get; init; } = ContentStatus.Published;

    public List<ContentFilter> Filters { get; } = [];

    public List<ContentOrder> Orders { get; } = [];

    public int Skip { get; init; }

    /// <summary>Null for no limit (exports read a whole edition).</summary>
    public int? Take { get; init; }
}
