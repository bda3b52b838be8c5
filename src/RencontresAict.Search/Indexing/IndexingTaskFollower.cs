using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;

namespace RencontresAict.Search.Indexing;

/// <summary>
/// Several servers (Redis:Configuration): keeps this node's Lucene indexes current with changes committed on any node,
/// by applying the indexing tasks past each index's own cursor every <see cref="Interval"/> of real time (Orchard's model: the
/// IndexingTask table is the durable log, each node's index remembers how far it read). An index missing here (defined
/// on another node, or its files deleted) is rebuilt. One process indexes after each commit and needs none of this.
/// </summary>
public sealed class IndexingTaskFollower(
    IServiceScopeFactory scopes, IOptions<RedisOptions> cluster, ILogger<IndexingTaskFollower> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cluster.Value.IsConfigured)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<LuceneIndexingService>().CatchUpAsync();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Indexing tasks from other nodes not applied, tried again in a second: {Error}", ex.Message);
            }
        }
    }
}
