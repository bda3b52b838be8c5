using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Search benchmarks: `dotnet run -c Release --project bench/search -- --filter '*'` (see bench/README.md).
// The generated benchmark project can take minutes to build on a shared two-core machine: allow ten.
var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.P95, StatisticColumn.Max)
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
