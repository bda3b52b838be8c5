using Microsoft.AspNetCore.OutputCaching;
using RencontresAict.Conference.Editions;

namespace RencontresAict.Web.Display.Editions;

/// <summary>
/// A new current edition changes every public page (its header, its programme, its registration): the cached pages of
/// this process are evicted at once and other processes on the same data folder are told (<see cref="PublicChangeSignal"/>).
/// </summary>
public sealed class CurrentEditionCacheEviction(IOutputCacheStore cache, PublicChangeSignal signal) : ICurrentEditionObserver
{
    public async Task CurrentEditionChangedAsync()
    {
        await cache.EvictByTagAsync(OutputCacheEvictionHandler.Tag, CancellationToken.None);
        signal.Raise();
    }
}
