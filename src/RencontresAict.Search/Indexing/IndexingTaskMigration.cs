using RencontresAict.Content.Documents;

namespace RencontresAict.Search.Indexing;

/// <summary>
/// The durable queue of content changes to index (Orchard's IndexingTask): a row is written in the transaction that
/// changes the item, so the index follows committed data only, and a change whose indexing failed is retried.
/// </summary>
public sealed class IndexingTaskMigration : IDataMigration
{
    public string Module => "Search";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE IndexingTask (Id {Identity}, ContentItemId TEXT NOT NULL, CreatedUtc TEXT NOT NULL);
        CREATE INDEX IX_IndexingTask_ContentItemId ON IndexingTask (ContentItemId);
        """,
    ];
}
