using BenchmarkDotNet.Attributes;

namespace RencontresAict.Benchmarks.Search;

/// <summary>Rebuilding the "Search" index from the content tables: 10,000 sessions read, analyzed, written and committed.</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class RebuildBenchmarks
{
    private BenchSite _site = null!;

    [Params(10_000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup() => _site = BenchSite.StartAsync(Sessions).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _site.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<int> Rebuild() => _site.RebuildAsync();
}
