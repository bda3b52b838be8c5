using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RencontresAict.Content;
using RencontresAict.Content.Documents;

namespace RencontresAict.Tests.Fixtures;

/// <summary>The content engine alone, on a fresh SQLite file in a folder of its own; deleted on dispose.</summary>
public sealed class ContentEngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ContentEngineHost(string dataPath, ServiceProvider services)
    {
        DataPath = dataPath;
        _services = services;
    }

    public string DataPath { get; }

    public IServiceProvider Services => _services;

    public static async Task<ContentEngineHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(
            new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Site:DataPath"] = dataPath })
                .Build());
        services.AddContentEngine();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        return new ContentEngineHost(dataPath, provider);
    }

    /// <summary>Runs work in a scope of its own and saves its session, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
        return result;
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) =>
        InScopeAsync<bool>(async sp => { await work(sp); return true; });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
