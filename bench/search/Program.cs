using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Search benchmarks: `dotnet run -c Release --project bench/search -- --filter '*'` (see bench/README.md).
var config = DefaultConfig.Instance.AddColumn(StatisticColumn.P95, StatisticColumn.Max);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
