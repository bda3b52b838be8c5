using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Search.Services;

namespace RencontresAict.Search.Indexing;

/// <summary>
/// Queues every change of an item's published or latest version as an indexing task, in the change's own
/// transaction, replacing the item's earlier tasks; once the session commits, the pending tasks are applied to the
/// indexes. Uncommitted data is never indexed: a rolled-back change leaves neither a task nor an index entry.
/// </summary>
public sealed class LuceneIndexingHandler(
    DocumentSession session, LuceneIndexSettingsService indexSettings, IServiceScopeFactory scopes, TimeProvider clock) : ContentHandlerBase
{
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private HashSet<string>? _indexedTypes;
    private object? _transaction;

    public override Task CreatedAsync(ContentContext context) => QueueAsync(context.ContentItem);

    public override Task UpdatedAsync(ContentContext context) => QueueAsync(context.ContentItem);

    public override Task VersionedAsync(VersionContentContext context) => QueueAsync(context.ContentItem);

    public override Task PublishedAsync(PublishContentContext context) => QueueAsync(context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => QueueAsync(context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => QueueAsync(context.ContentItem);

    private async Task QueueAsync(ContentItem item)
    {
        // A type no index covers (a Registration) is never in an index: no task, no Lucene commit for it.
        _indexedTypes ??= (await indexSettings.ListAsync()).SelectMany(s => s.IndexedContentTypes).ToHashSet(StringComparer.Ordinal);
        if (!_indexedTypes.Contains(item.ContentType))
        {
            return;
        }

        await session.BeginWriteAsync();
        if (!ReferenceEquals(_transaction, session.Transaction))
        {
            // A new transaction (the previous one committed or rolled back): queue afresh.
            _transaction = session.Transaction;
            _queued.Clear();
        }

        if (!_queued.Add(item.ContentItemId))
        {
            return;
        }

        // An item's older tasks go (Orchard's rule): its newest task is past every cursor the older ones were, and
        // indexing reads the item's current versions, so the log holds one row per item however often it changes.
        await session.ExecuteAsync("DELETE FROM IndexingTask WHERE ContentItemId = @ContentItemId", new { item.ContentItemId });
        await session.ExecuteAsync(
            "INSERT INTO IndexingTask (ContentItemId, CreatedUtc) VALUES (@ContentItemId, @CreatedUtc)",
            new { item.ContentItemId, CreatedUtc = clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture) });
        if (_queued.Count == 1)
        {
            session.AfterCommit(ProcessAsync);
        }
    }

    private async Task ProcessAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StartupIndexing>().Ready; // a missing index is rebuilt first, not created by this commit
        await scope.ServiceProvider.GetRequiredService<LuceneIndexingService>().ProcessPendingTasksAsync();
    }
}
