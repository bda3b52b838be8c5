using BenchmarkDotNet.Attributes;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Api.GraphQL;
using RencontresAict.Api.Queries;
using RencontresAict.Api.Security;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Api.Benchmarks;

/// <summary>
/// One anonymous GraphQL request listing 100 of 10,000 sessions, executed and serialized as the endpoint does
/// (no HTTP): filtered by edition and ordered by start, and ordered across all sessions with picked speakers.
/// </summary>
[MemoryDiagnoser]
public class GraphQLListBenchmark
{
    private const string ByEdition = """
        { session(where: { edition: "edition050" }, orderBy: { startsAt: ASC }, first: 100) {
            contentItemId displayText startsAt endsAt room cancelled autoroutePart { path } } }
        """;

    private const string AcrossEditionsWithSpeakers = """
        { session(where: { startsAt_gt: "2020-01-01T00:00:00Z" }, orderBy: { startsAt: DESC }, first: 100) {
            contentItemId displayText startsAt room speakers { contentItems { ... on Speaker { displayText } } } } }
        """;

    private ServiceProvider _services = null!;
    private string _dataPath = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dataPath = Path.Combine(Path.GetTempPath(), "raict-bench-" + Guid.NewGuid().ToString("N"));
        _services = await BenchmarkSite.StartAsync(_dataPath);
        await ProgrammeSeeder.SeedAsync(_services);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    [Benchmark]
    public Task<long> HundredSessionsOfAnEdition() => RunAsync(ByEdition);

    [Benchmark]
    public Task<long> HundredSessionsAcrossEditionsWithSpeakers() => RunAsync(AcrossEditionsWithSpeakers);

    private async Task<long> RunAsync(string query)
    {
        await using var scope = _services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var caller = new ApiCaller(null, [], await sp.GetRequiredService<PermissionService>().GetPermissionsAsync([]));
        var definitions = await sp.GetRequiredService<ContentDefinitionManager>().LoadAsync();
        var executor = sp.GetRequiredService<GraphQLExecutor>();
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query }, sp.GetRequiredService<ContentSchemaCache>().Get(definitions),
            new ContentGraphContext(caller, definitions, sp.GetRequiredService<ContentQueryRunner>()), sp, default);
        if (result.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException(result.Errors[0].Message);
        }

        using var output = new MemoryStream();
        await executor.Serializer.WriteAsync(output, result);
        return output.Length;
    }
}
