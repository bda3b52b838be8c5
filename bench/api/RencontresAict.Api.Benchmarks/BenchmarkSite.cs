using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RencontresAict.Content;
using RencontresAict.Content.Documents;

namespace RencontresAict.Api.Benchmarks;

/// <summary>The content engine and the API services on a data folder, without a web server.</summary>
public static class BenchmarkSite
{
    public static async Task<ServiceProvider> StartAsync(string dataPath)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Site:DataPath"] = dataPath }).Build());
        services.AddContentEngine();
        services.AddApi();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        return provider;
    }
}
