using System.Collections.Concurrent;

namespace RencontresAict.Content.Cluster;

/// <summary>The single-process locks: one semaphore per name, held by this process only (expiry has no use here).</summary>
public sealed class LocalDistributedLock : IDistributedLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan expiry, CancellationToken cancellationToken = default)
    {
        var semaphore = _locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return await semaphore.WaitAsync(TimeSpan.Zero, cancellationToken) ? new Handle(semaphore) : null;
    }

    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan expiry, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var semaphore = _locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return await semaphore.WaitAsync(timeout, cancellationToken)
            ? new Handle(semaphore)
            : throw new TimeoutException($"The lock '{name}' was not free within {timeout}.");
    }

    private sealed class Handle(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
