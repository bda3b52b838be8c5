using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Search.Analysis;
using RencontresAict.Search.Indexing;
using RencontresAict.Search.Models;
using RencontresAict.Search.Services;

namespace RencontresAict.Search;

/// <summary>The search module's entry points for the host: the <c>rebuild-index</c> CLI verb, and what runs after setup.</summary>
public static class SearchCommands
{
    /// <summary>
    /// <c>rebuild-index</c>: rebuilds every Lucene index from the committed content and prints one line, e.g.
    /// "Rebuilt index Search: 31 documents in 0.4 s.". Returns the process exit code (1 when there is no index or it fails).
    /// </summary>
    public static async Task<int> RebuildIndexAsync(IServiceProvider services, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await using var scope = services.CreateAsyncScope();
            var rebuilt = await scope.ServiceProvider.GetRequiredService<LuceneIndexingService>().RebuildAllAsync();
            var seconds = watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            if (rebuilt.Count == 0)
            {
                await output.WriteLineAsync("No Lucene index is defined: run a recipe with a lucene-index step first.");
                return 1;
            }

            await output.WriteLineAsync(rebuilt.Count == 1
                ? $"Rebuilt index {rebuilt[0].IndexName}: {rebuilt[0].Count} documents in {seconds} s."
                : $"Rebuilt {rebuilt.Count} indexes ({string.Join(", ", rebuilt.Select(r => $"{r.IndexName}: {r.Count}"))}): {rebuilt.Sum(r => r.Count)} documents in {seconds} s.");
            return 0;
        }
        catch (Exception e)
        {
            await output.WriteLineAsync($"rebuild-index failed: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Called by the host at start-up, once the schema is migrated: rebuilds an index whose files are missing and
    /// applies indexing tasks left pending by a process that stopped between a commit and its indexing.
    /// </summary>
    public static async Task CatchUpAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LuceneIndexingService>().CatchUpAsync();
    }

    /// <summary>
    /// Called by the host once the setup recipe has committed: defines the "Search" index (French analysis, the
    /// public content types) when the recipe defined none, and builds every index from the imported content.
    /// </summary>
    public static async Task AfterSetupAsync(IServiceProvider services)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<LuceneIndexSettingsService>();
            if ((await settings.ListAsync()).Count == 0)
            {
                await settings.SaveAsync(new LuceneIndexSettings
                {
                    IndexName = LuceneSettings.DefaultIndexName,
                    AnalyzerName = FrenchFoldingAnalyzer.Name,
                    IndexedContentTypes = ["Edition", "Session", "Speaker", "Partner", "Venue", "Page"],
                });
                await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
            }
        }

        await using var rebuild = services.CreateAsyncScope();
        await rebuild.ServiceProvider.GetRequiredService<LuceneIndexingService>().RebuildAllAsync();
    }
}
