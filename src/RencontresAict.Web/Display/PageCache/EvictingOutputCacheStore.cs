using Microsoft.AspNetCore.OutputCaching;

namespace RencontresAict.Web.Display.PageCache;

/// <summary>
/// The output cache's store, which also empties <see cref="CachedPageStore"/> when a tag is evicted, so every path that
/// evicts public pages today (a publish, another process's stamp, a Redis broadcast, a new current edition) reaches
/// the byte cache in front of it without knowing it exists; and tells it which answers the output cache kept.
/// </summary>
public sealed class EvictingOutputCacheStore(IOutputCacheStore inner, CachedPageStore pages) : IOutputCacheStore
{
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        pages.Clear();
        await inner.EvictByTagAsync(tag, cancellationToken);
        pages.Clear(); // a page stored from the output cache while it was being evicted
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        pages.OutputCacheKept();
        return inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
