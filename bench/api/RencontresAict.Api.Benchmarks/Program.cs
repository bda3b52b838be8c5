using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RencontresAict.Api.Benchmarks;

// `seed <data folder>` writes the 10,000-session site the wrk script serves; anything else runs the benchmarks.
if (args is ["seed", var dataPath])
{
    await using var services = await BenchmarkSite.StartAsync(dataPath);
    await ProgrammeSeeder.SeedAsync(services);
    Console.WriteLine($"Seeded {ProgrammeSeeder.Sessions} sessions in {dataPath}");
    return;
}

// In-process (no child build on a 2-core machine), a short job, with p95 beside the mean.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15).WithInvocationCount(16).WithUnrollFactor(1))
    .AddColumn(StatisticColumn.P95);
BenchmarkSwitcher.FromAssembly(typeof(GraphQLListBenchmark).Assembly).Run(args, config);
