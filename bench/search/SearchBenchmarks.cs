using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Search.Searching;

namespace RencontresAict.Benchmarks.Search;

/// <summary>
/// One visitor search per invocation (a scope, the query, facets over all matches, a page of 20 hits with snippets
/// and their items loaded), over 10,000 sessions. One invocation per iteration, so the P95 column is per search;
/// no search is dropped as an outlier (a slow search is what the p95 target is about).
/// </summary>
[MemoryDiagnoser]
[Outliers(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)]
[Config(typeof(InProcessSearchJob))]
public class SearchBenchmarks
{
    private static readonly SearchRequest[] Requests =
    [
        new("atelier"),
        new("climat"),
        new("cooperation decentralisee"),
        new("\"eau et assainissement\""),
        new("cafe"),
        new("l'ete"),
        new("Sénégal santé"),
        new("atelier", Type: "Session", Day: "2026-07-01"),
        new("\"unbalanced AND"),
        new("point pays", Page: 3),
    ];

    private BenchSite _site = null!;
    private int _next;

    [Params(10_000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup() => _site = BenchSite.StartAsync(Sessions).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _site.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> Search()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var request = Requests[_next++ % Requests.Length];
        var results = await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(request);
        return results.TotalCount;
    }
}
