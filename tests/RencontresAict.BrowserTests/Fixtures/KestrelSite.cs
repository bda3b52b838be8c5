using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace RencontresAict.BrowserTests.Fixtures;

/// <summary>The real site on Kestrel (a random port), set up from the 13th-edition recipe in a fresh data folder.</summary>
public sealed class KestrelSite : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private KestrelSite(WebApplicationFactory<Program> factory, string dataPath, Uri baseAddress)
    {
        _factory = factory;
        DataPath = dataPath;
        BaseAddress = baseAddress;
    }

    public string DataPath { get; }

    public Uri BaseAddress { get; }

    /// <summary>The running site's services (its route table, for tests that walk every URL).</summary>
    public IServiceProvider Services => _factory.Services;

    public static Task<KestrelSite> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-browser", Guid.NewGuid().ToString("N"));
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:DataPath", dataPath);

            // appsettings.json's Urls (port 5080) would win over UseKestrel(0) and clash with a site running on this machine.
            builder.UseSetting("Urls", "http://127.0.0.1:0");
            builder.UseSetting("Site:AdminPassword", "Browser-tests-1");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return Task.FromResult(new KestrelSite(factory, dataPath, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal))));
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
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
