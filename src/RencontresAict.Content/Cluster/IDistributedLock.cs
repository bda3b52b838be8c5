namespace RencontresAict.Content.Cluster;

/// <summary>
/// Named locks for work that must happen once at a time across every node (setup, scheduled publishing, the outbox,
/// workflow timers). One process: an in-process lock; several servers: a Redis lock with an expiry, so a node that
/// dies holding it frees it after <c>expiry</c>. Disposing the handle releases the lock.
/// </summary>
public interface IDistributedLock
{
    /// <summary>The lock when it is free now, else null (someone else is doing the work).</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan expiry, CancellationToken cancellationToken = default);

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; throws <see cref="TimeoutException"/> after it.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan expiry, TimeSpan timeout, CancellationToken cancellationToken = default);
}
