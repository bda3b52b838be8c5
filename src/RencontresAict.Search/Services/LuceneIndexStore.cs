using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using RencontresAict.Content;
using RencontresAict.Search.Analysis;
using RencontresAict.Search.Indexing;
using LuceneDirectory = Lucene.Net.Store.Directory;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace RencontresAict.Search.Services;

/// <summary>
/// The index files under <c>{Site:DataPath}/Lucene/{IndexName}</c>: one writer and one near-real-time searcher per
/// index, kept open for the life of the process. Writes to an index are serialized and committed together with
/// the id of the last indexing task they applied, so a restart knows where to resume.
/// </summary>
public sealed class LuceneIndexStore(IOptions<SiteOptions> siteOptions, LuceneAnalyzerManager analyzers) : IDisposable
{
    private readonly ConcurrentDictionary<string, OpenIndex> _open = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _openLock = new(1, 1);

    /// <summary>Held while pending indexing tasks are applied, so two commits do not apply the same tasks at once.</summary>
    public SemaphoreSlim ProcessingLock { get; } = new(1, 1);

    public string RootPath => Path.GetFullPath(Path.Combine(siteOptions.Value.DataPath, "Lucene"));

    public bool Exists(string indexName)
    {
        if (_open.ContainsKey(indexName))
        {
            return true;
        }

        var path = Path.Combine(RootPath, indexName);
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>Runs <paramref name="write"/> alone on the index, then commits and refreshes its searcher.</summary>
    public async Task WriteAsync(string indexName, string analyzerName, Func<IndexWriter, Task<long?>> write)
    {
        var index = await OpenAsync(indexName, analyzerName);
        await index.WriteLock.WaitAsync();
        var failed = false;
        try
        {
            var lastTaskId = await write(index.Writer);
            if (lastTaskId is not null)
            {
                index.Writer.SetCommitData(new Dictionary<string, string> { [IndexFieldNames.LastTaskIdCommitKey] = lastTaskId.Value.ToString() });
            }

            index.Writer.Commit();
            index.Searchers.MaybeRefreshBlocking();
        }
        catch
        {
            failed = true;
            index.Writer.Rollback();
            _open.TryRemove(indexName, out _);
            throw;
        }
        finally
        {
            index.WriteLock.Release();

            // Disposed after the release (disposing first made the release throw and hid the real error).
            if (failed)
            {
                index.Dispose();
            }
        }
    }

    /// <summary>The id of the last indexing task committed to the index (0 when none).</summary>
    public async Task<long> GetLastTaskIdAsync(string indexName, string analyzerName)
    {
        var index = await OpenAsync(indexName, analyzerName);
        return index.Writer.CommitData.TryGetValue(IndexFieldNames.LastTaskIdCommitKey, out var value) && long.TryParse(value, out var id) ? id : 0;
    }

    /// <summary>Runs a search on the current searcher of an existing index; null when the index does not exist.</summary>
    public async Task<T?> SearchAsync<T>(string indexName, string analyzerName, Func<IndexSearcher, T> search)
        where T : class
    {
        if (!Exists(indexName))
        {
            return null;
        }

        var index = await OpenAsync(indexName, analyzerName);
        var searcher = index.Searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>Closes the index and deletes its files.</summary>
    public async Task DeleteAsync(string indexName)
    {
        await _openLock.WaitAsync();
        try
        {
            if (_open.TryRemove(indexName, out var index))
            {
                await index.WriteLock.WaitAsync();
                index.Dispose();
            }

            var path = Path.Combine(RootPath, indexName);
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        finally
        {
            _openLock.Release();
        }
    }

    public void Dispose()
    {
        foreach (var index in _open.Values)
        {
            index.Dispose();
        }

        _open.Clear();
        _openLock.Dispose();
        ProcessingLock.Dispose();
    }

    private async Task<OpenIndex> OpenAsync(string indexName, string analyzerName)
    {
        if (_open.TryGetValue(indexName, out var index) && index.AnalyzerName == analyzerName)
        {
            return index;
        }

        await _openLock.WaitAsync();
        try
        {
            if (_open.TryGetValue(indexName, out index))
            {
                if (index.AnalyzerName == analyzerName)
                {
                    return index;
                }

                // The analyzer changed (the index was reset with new settings): reopen with the new one.
                _open.TryRemove(indexName, out _);
                index.Dispose();
            }

            index = new OpenIndex(Path.Combine(RootPath, indexName), analyzerName, analyzers);
            _open[indexName] = index;
            return index;
        }
        finally
        {
            _openLock.Release();
        }
    }

    private sealed class OpenIndex : IDisposable
    {
        private readonly LuceneDirectory _directory;

        public OpenIndex(string path, string analyzerName, LuceneAnalyzerManager analyzers)
        {
            System.IO.Directory.CreateDirectory(path);
            AnalyzerName = analyzerName;
            _directory = FSDirectory.Open(path);
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzers.GetAnalyzer(analyzerName))
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
            };
            Writer = new IndexWriter(_directory, config);
            if (!DirectoryReader.IndexExists(_directory))
            {
                Writer.Commit();
            }

            Searchers = new SearcherManager(Writer, applyAllDeletes: true, searcherFactory: null);
        }

        public string AnalyzerName { get; }

        public IndexWriter Writer { get; }

        public SearcherManager Searchers { get; }

        public SemaphoreSlim WriteLock { get; } = new(1, 1);

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            _directory.Dispose();
            WriteLock.Dispose();
        }
    }
}
