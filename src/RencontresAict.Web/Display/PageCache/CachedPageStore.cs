using System.Collections.Concurrent;

namespace RencontresAict.Web.Display.PageCache;

/// <summary>
/// The public pages and exports kept as bytes for <see cref="CachedPageMiddleware"/>, by path and query. Emptied
/// whenever the output cache's "content" tag is evicted (<see cref="EvictingOutputCacheStore"/>: a publish here, on
/// another node or from the command line). A page rendered while content changed is not kept: each entry is added
/// only if no eviction happened since its request began (<see cref="Generation"/>). A page is kept only when the
/// output cache kept it too (<see cref="BeginRendering"/>), so both caches follow one policy: what sets a cookie, what
/// is private or signed in, what failed, is never shared.
/// </summary>
public sealed class CachedPageStore(TimeProvider clock)
{
    /// <summary>Bounds memory: a site has a few hundred pages; past this, new pages are rendered (and output-cached) as before.</summary>
    public const int MaxEntries = 4096;

    /// <summary>Larger answers (a big export) stay with the output cache alone.</summary>
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly AsyncLocal<RenderingPage?> _rendering = new();
    private long _generation;
    private long _hits;

    /// <summary>Changes on every eviction.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Answers served from here since the start (for tests and diagnostics).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public int Count => _pages.Count;

    /// <summary>The paths (with their query) kept now.</summary>
    public IEnumerable<string> Keys => _pages.Keys;

    public CachedPage? Find(string key)
    {
        if (!_pages.TryGetValue(key, out var page))
        {
            return null;
        }

        if (page.ExpiresUtc <= clock.GetUtcNow())
        {
            _pages.TryRemove(new KeyValuePair<string, CachedPage>(key, page));
            return null;
        }

        Interlocked.Increment(ref _hits);
        return page;
    }

    /// <summary>Keeps <paramref name="page"/> unless an eviction happened since <paramref name="generation"/> was read.</summary>
    public void Add(string key, CachedPage page, long generation)
    {
        if (page.Body.Length > MaxBodyBytes || (_pages.Count >= MaxEntries && !_pages.ContainsKey(key)))
        {
            return;
        }

        _pages[key] = page;
        if (Generation != generation)
        {
            // Evicted while this page was rendered or stored: it may show what just changed, so it goes.
            _pages.TryRemove(new KeyValuePair<string, CachedPage>(key, page));
        }
    }

    /// <summary>Marks the page about to be rendered in this request, so the output cache's store can tell it was kept.</summary>
    public RenderingPage BeginRendering() => _rendering.Value = new RenderingPage();

    /// <summary>Called by the output cache's store when it keeps the answer of the request that is rendering.</summary>
    public void OutputCacheKept()
    {
        if (_rendering.Value is { } page)
        {
            page.KeptByOutputCache = true;
        }
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _pages.Clear();
    }
}
