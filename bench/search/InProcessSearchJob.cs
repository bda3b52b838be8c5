using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace RencontresAict.Benchmarks.Search;

/// <summary>
/// The search benchmark's one job, run in the benchmark's own process: BenchmarkDotNet's default toolchain builds a
/// generated project first, which did not finish within ten minutes on the loaded two-core machine (compare.sh's
/// after side never ran). One search per iteration (<c>invocationCount</c> 1), so P95 is per search.
/// <c>SEARCH_BENCH_ITERATIONS</c> (default 200) and <c>SEARCH_BENCH_WARMUPS</c> (default 20) shorten a dry run.
/// </summary>
public sealed class InProcessSearchJob : ManualConfig
{
    public InProcessSearchJob()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(FromEnvironment("SEARCH_BENCH_WARMUPS", 20))
            .WithIterationCount(FromEnvironment("SEARCH_BENCH_ITERATIONS", 200))
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
