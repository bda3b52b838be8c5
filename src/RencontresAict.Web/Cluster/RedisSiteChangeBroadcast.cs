using RencontresAict.Content.Cluster;
using StackExchange.Redis;

namespace RencontresAict.Web.Cluster;

/// <summary>
/// Several servers: publishes "content changed" on the site's Redis channel, with this node's id; every other node's
/// <see cref="RedisChangeSubscriber"/> drops its cached pages at once. A publish that fails is logged: the change is
/// committed, and nodes evict everything when their connection comes back.
/// </summary>
public sealed class RedisSiteChangeBroadcast(RedisConnection redis, ILogger<RedisSiteChangeBroadcast> logger) : ISiteChangeBroadcast
{
    public const string ChannelName = "content-changed";

    public async Task BroadcastAsync()
    {
        try
        {
            await redis.Multiplexer.GetSubscriber().PublishAsync(redis.Channel(ChannelName), redis.NodeId);
        }
        catch (RedisException ex)
        {
            logger.LogWarning("Could not tell the other nodes that public content changed: {Error}", ex.Message);
        }
    }
}
