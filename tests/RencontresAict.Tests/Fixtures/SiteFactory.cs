using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;

namespace RencontresAict.Tests.Fixtures;

/// <summary>
/// The whole site in memory on a fresh data folder of its own (Site:DataPath), set up on start by the 13th
/// edition's recipe exactly as a first start would. Every test writes <c>await using var site = await SiteFactory.StartAsync();</c>.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    /// <summary>The 13th edition's content item id in recipes/rencontres-aict-13.recipe.json.</summary>
    public const string EditionId = "4a1ct130ed1t0n000000000013";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private SiteFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _settings = settings;
        _services = services;
    }

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "raict-site-tests", Guid.NewGuid().ToString("N"));

    /// <param name="settings">Extra configuration, e.g. Site:AsOf.</param>
    /// <param name="services">Replaces services after the site's own registrations, e.g. a store that fails on demand.</param>
    public static Task<SiteFactory> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var site = new SiteFactory(settings ?? new Dictionary<string, string?>(), services);
        _ = site.Services; // starts the host, which runs the first-run setup
        return Task.FromResult(site);
    }

    /// <summary>Runs work in a scope of its own and saves its session, as one request would.</summary>
    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
    }

    /// <summary>GETs a page and parses it.</summary>
    public async Task<(int Status, IHtmlDocument Document)> GetPageAsync(string path)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    /// <summary>GETs a page that must answer 200 and returns its parsed document.</summary>
    public async Task<IHtmlDocument> GetOkPageAsync(string path)
    {
        var (status, document) = await GetPageAsync(path);
        Assert.True(status == 200, $"GET {path} answered {status}");
        return document;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Site:DataPath", DataPath);
        builder.UseSetting("Site:AdminPassword", "Site-tests-1");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
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
