using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Settings;
using RencontresAict.Search.Models;
using RencontresAict.Search.Services;

namespace RencontresAict.Search.Indexing;

/// <summary>
/// Applies committed content changes to the Lucene indexes: pending indexing tasks after each commit, a whole
/// index on rebuild (from the content tables, published or latest versions of the indexed types), or from empty
/// files on reset. Reads only committed rows; each index remembers the last task it applied (its cursor, kept in the
/// index's own commit data, so each node has its own). One process deletes the tasks every index has applied; with
/// several servers (Redis:Configuration) the tasks are the durable log every node follows: no node knows how far the
/// others (or one stopped for a week) have read, so nothing is deleted by cursor, but each change replaces the item's
/// earlier tasks (<see cref="LuceneIndexingHandler"/>): the log holds one row per indexed item, whatever the changes.
/// </summary>
public sealed class LuceneIndexingService(
    DocumentSession session,
    ContentItemStore items,
    ContentDefinitionManager definitions,
    SiteSettingsService siteSettings,
    LuceneIndexSettingsService indexSettings,
    LuceneIndexStore store,
    IOptions<RedisOptions> cluster,
    ILogger<LuceneIndexingService> logger)
{
    private const int BatchSize = 500;

    public async Task ProcessPendingTasksAsync()
    {
        await store.ProcessingLock.WaitAsync();
        try
        {
            var indexes = await indexSettings.ListAsync();
            var cursors = new List<long>();
            var versions = new Dictionary<string, (ContentItem? Published, ContentItem? Latest)>(StringComparer.Ordinal);
            foreach (var settings in indexes)
            {
                try
                {
                    cursors.Add(await ProcessIndexAsync(settings, versions));
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Indexing content into Lucene index {Index} failed; the tasks stay queued.", settings.IndexName);
                    cursors.Add(0);
                }
            }

            var applied = cursors.Count == 0 ? await GetLastTaskIdAsync() : cursors.Min();
            if (applied > 0 && !cluster.Value.IsConfigured)
            {
                await session.ExecuteAsync("DELETE FROM IndexingTask WHERE Id <= @applied", new { applied });
                await session.SaveChangesAsync();
            }
        }
        finally
        {
            store.ProcessingLock.Release();
        }
    }

    /// <summary>
    /// Replaces the whole content of an index with the current versions of its content types. Holds the processing
    /// lock, as applying tasks does: a commit's tasks applied (and deleted) between this rebuild's reading of the last
    /// task and its write would otherwise be erased by it and never applied again (a rebuild at start-up now runs
    /// beside the first requests).
    /// </summary>
    public async Task<int> RebuildAsync(string indexName)
    {
        await store.ProcessingLock.WaitAsync();
        try
        {
            return await RebuildLockedAsync(indexName);
        }
        finally
        {
            store.ProcessingLock.Release();
        }
    }

    private async Task<int> RebuildLockedAsync(string indexName)
    {
        var settings = await indexSettings.GetAsync(indexName)
            ?? throw new InvalidOperationException($"No Lucene index named '{indexName}' is defined.");
        var builder = await CreateBuilderAsync();
        var lastTaskId = await GetLastTaskIdAsync();
        var count = 0;
        await store.WriteAsync(settings.IndexName, settings.AnalyzerName, async writer =>
        {
            writer.DeleteAll();
            var documentIds = (await session.QueryAsync<long>(
                settings.IndexLatest
                    ? "SELECT DocumentId FROM ContentItemIndex WHERE Latest = 1 AND ContentType IN @types ORDER BY DocumentId"
                    : "SELECT DocumentId FROM ContentItemIndex WHERE Published = 1 AND ContentType IN @types ORDER BY DocumentId",
                new { types = settings.IndexedContentTypes })).ToList();
            foreach (var batch in documentIds.Chunk(BatchSize))
            {
                foreach (var item in await items.LoadManyAsync(batch))
                {
                    if (MatchesCulture(settings, item))
                    {
                        writer.AddDocument(builder.Build(item, settings));
                        count++;
                    }
                }
            }

            return (long?)lastTaskId;
        });
        return count;
    }

    /// <summary>Deletes the index files and builds the index again (after a change of analyzer, or damaged files).</summary>
    public async Task<int> ResetAsync(string indexName)
    {
        await store.DeleteAsync(indexName);
        return await RebuildAsync(indexName);
    }

    /// <summary>
    /// Brings every index up to date after a start: an index whose files are missing is rebuilt, the others apply
    /// the tasks left pending (a process stopped between a commit and its indexing).
    /// </summary>
    public async Task CatchUpAsync()
    {
        foreach (var settings in await indexSettings.ListAsync())
        {
            if (!store.Exists(settings.IndexName))
            {
                await RebuildAsync(settings.IndexName);
            }
        }

        await ProcessPendingTasksAsync();
    }

    /// <summary>Rebuilds every defined index; returns the documents written per index.</summary>
    public async Task<IReadOnlyList<(string IndexName, int Count)>> RebuildAllAsync()
    {
        var results = new List<(string, int)>();
        foreach (var settings in await indexSettings.ListAsync())
        {
            results.Add((settings.IndexName, await RebuildAsync(settings.IndexName)));
        }

        return results;
    }

    internal async Task<ContentDocumentBuilder> CreateBuilderAsync() =>
        new(await definitions.LoadAsync(), await siteSettings.GetTimeZoneAsync());

    private async Task<long> ProcessIndexAsync(LuceneIndexSettings settings, Dictionary<string, (ContentItem? Published, ContentItem? Latest)> versions)
    {
        var cursor = await store.GetLastTaskIdAsync(settings.IndexName, settings.AnalyzerName);
        var builder = await CreateBuilderAsync();
        while (true)
        {
            var tasks = (await session.QueryAsync<(long Id, string ContentItemId)>(
                "SELECT Id, ContentItemId FROM IndexingTask WHERE Id > @cursor ORDER BY Id LIMIT 500", new { cursor })).ToList();
            if (tasks.Count == 0)
            {
                return cursor;
            }

            foreach (var id in tasks.Select(t => t.ContentItemId).Distinct())
            {
                if (!versions.ContainsKey(id))
                {
                    versions[id] = (await items.GetAsync(id, published: true), await items.GetAsync(id, published: false));
                }
            }

            cursor = tasks[^1].Id;
            await store.WriteAsync(settings.IndexName, settings.AnalyzerName, writer =>
            {
                foreach (var id in tasks.Select(t => t.ContentItemId).Distinct())
                {
                    var (published, latest) = versions[id];
                    var item = settings.IndexLatest ? latest : published;
                    var term = new Term(IndexFieldNames.ContentItemId, id);
                    if (item is not null && settings.IndexedContentTypes.Contains(item.ContentType) && MatchesCulture(settings, item))
                    {
                        writer.UpdateDocument(term, builder.Build(item, settings));
                    }
                    else
                    {
                        writer.DeleteDocuments(term);
                    }
                }

                return Task.FromResult<long?>(cursor);
            });
        }
    }

    private async Task<long> GetLastTaskIdAsync() =>
        await session.ExecuteScalarAsync<long?>("SELECT MAX(Id) FROM IndexingTask") ?? 0;

    private static bool MatchesCulture(LuceneIndexSettings settings, ContentItem item)
    {
        if (string.IsNullOrEmpty(settings.Culture) || string.Equals(settings.Culture, "any", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var culture = item.GetText("LocalizationPart", "Culture");
        return culture is null || string.Equals(culture, settings.Culture, StringComparison.OrdinalIgnoreCase);
    }
}
