using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RencontresAict.Content;
using RencontresAict.Content.Documents;
using RencontresAict.Web;

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

    /// <param name="configure">Extra services, such as a module under test.</param>
    /// <param name="provider">"Sqlite" (a temp file), or "Postgres" (a fresh database on the server that
    /// run-tests.sh starts and names in RAICT_TEST_POSTGRES).</param>
    /// <param name="siteModules">Every module of the site (workflows, search, …) instead of the engine alone.</param>
    /// <param name="settings">Extra configuration.</param>
    public static async Task<ContentEngineHost> StartAsync(
        Action<IServiceCollection>? configure = null, string provider = "Sqlite", bool siteModules = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var configuration = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Site:DataPath"] = dataPath,
            ["Database:Provider"] = provider,
        };
        if (provider == "Postgres")
        {
            configuration["Database:ConnectionString"] = await PostgresTestServer.CreateDatabaseAsync();
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        if (siteModules)
        {
            services.AddSiteModules();
        }
        else
        {
            services.AddContentEngine();
        }

        configure?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await serviceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        return new ContentEngineHost(dataPath, serviceProvider);
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
