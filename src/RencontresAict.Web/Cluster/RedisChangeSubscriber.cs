using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;
using RencontresAict.Web.Display;
using StackExchange.Redis;

namespace RencontresAict.Web.Cluster;

/// <summary>
/// Several servers: listens on the site's change channel and drops this node's cached pages and exports (tag
/// "content") when another node or the command line changed content. When the connection to Redis comes back after an
/// outage, messages may have been missed: everything is dropped then too. Does nothing without Redis:Configuration.
/// </summary>
public sealed class RedisChangeSubscriber(
    IOptions<RedisOptions> options, IServiceProvider services, IOutputCacheStore cache, ILogger<RedisChangeSubscriber> logger) : IHostedService
{
    private RedisConnection? _redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }

        _redis = services.GetRequiredService<RedisConnection>();
        _redis.Multiplexer.ConnectionRestored += OnConnectionRestored;
        var node = _redis.NodeId;
        var queue = await _redis.Multiplexer.GetSubscriber().SubscribeAsync(_redis.Channel(RedisSiteChangeBroadcast.ChannelName));
        queue.OnMessage(async message =>
        {
            if (message.Message != node)
            {
                await EvictAsync("Public content changed on another node: cached public pages evicted");
            }
        });
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_redis is null)
        {
            return;
        }

        try
        {
            _redis.Multiplexer.ConnectionRestored -= OnConnectionRestored;
            await _redis.Multiplexer.GetSubscriber().UnsubscribeAllAsync();
        }
        catch (ObjectDisposedException)
        {
            // The node's connection was closed first (the host disposing as it stops): nothing is subscribed any more.
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) =>
        _ = EvictAsync("Connection to Redis restored: cached public pages evicted, changes may have been missed meanwhile");

    private async Task EvictAsync(string reason)
    {
        try
        {
            await cache.EvictByTagAsync(OutputCacheEvictionHandler.Tag, CancellationToken.None);
            logger.LogInformation("{Reason}", reason);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning("Could not evict cached public pages: {Error}", ex.Message);
        }
    }
}
