using RencontresAict.Content.Cluster;
using StackExchange.Redis;

namespace RencontresAict.Web.Cluster;

/// <summary>
/// Locks shared by every node: a Redis key set only when absent, holding a token of this holder, that expires after
/// <c>expiry</c> (a node killed while holding it blocks the others no longer than that). Only the holder's token
/// releases it; a release that cannot reach Redis is left to the expiry.
/// </summary>
public sealed class RedisDistributedLock(RedisConnection redis, ILogger<RedisDistributedLock> logger) : IDistributedLock
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan expiry, CancellationToken cancellationToken = default)
    {
        var key = redis.Key("lock:" + name);
        var token = Guid.NewGuid().ToString("N");
        return await redis.Database.LockTakeAsync(key, token, expiry) ? new Handle(redis, key, token, logger) : null;
    }

    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan expiry, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await TryAcquireAsync(name, expiry, cancellationToken) is { } handle)
            {
                return handle;
            }

            if (DateTime.UtcNow >= until)
            {
                throw new TimeoutException($"The lock '{name}' was not free within {timeout}.");
            }

            await Task.Delay(RetryDelay, cancellationToken);
        }
    }

    private sealed class Handle(RedisConnection redis, RedisKey key, string token, ILogger logger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await redis.Database.LockReleaseAsync(key, token);
            }
            catch (RedisException ex)
            {
                logger.LogWarning("Could not release the lock {Key}; it expires on its own: {Error}", (string?)key, ex.Message);
            }
        }
    }
}
