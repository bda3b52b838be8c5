using System.Diagnostics;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Cluster;

/// <summary>The built program, started as an operator starts a node, with a server it needs out of reach.</summary>
public sealed class NodeStartTests
{
    [Fact]
    public async Task ANodeWhoseRedisOrPostgresDoesNotAnswerAtStartLogsOneLineAndExitsNonZero()
    {
        var database = await PostgresTestServer.CreateDatabaseAsync();

        // Redis's own timeouts shortened through its configuration string, as an operator may: the probe waits for them.
        var redisDown = RunNodeAsync(
            "--Database:Provider=Postgres", $"--Database:ConnectionString={database}", "--Redis:Configuration=127.0.0.1:1,connectTimeout=1000,asyncTimeout=1000");
        var postgresDown = RunNodeAsync(
            "--Database:Provider=Postgres", "--Database:ConnectionString=Host=127.0.0.1;Port=1;Username=postgres", $"--Redis:Configuration={RedisTestServer.Configuration}");
        var (redisExit, redisOutput) = await redisDown;
        var (postgresExit, postgresOutput) = await postgresDown;

        Assert.Equal(1, redisExit);
        Assert.Single(Lines(redisOutput), l => l.Contains("Cannot start: Redis at 127.0.0.1:1 is unreachable", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", redisOutput, StringComparison.Ordinal);
        Assert.Equal(1, postgresExit);
        Assert.Single(Lines(postgresOutput), l => l.Contains("Cannot start: PostgreSQL is unreachable", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", postgresOutput, StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n');

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-site-tests", Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RencontresAict.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add($"--Site:DataPath={dataPath}");
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The node neither started nor exited within 60 s.");
        }

        return (process.ExitCode, await output + await error);
    }
}
