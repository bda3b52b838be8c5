using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;

namespace RencontresAict.Tests.Fixtures;

/// <summary>
/// The whole site in memory on a fresh data folder of its own (Site:DataPath), with the 13th edition imported.
/// Every test writes <c>await using var site = await SiteFactory.StartAsync();</c>.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private SiteFactory()
    {
    }

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "raict-site-tests", Guid.NewGuid().ToString("N"));

    public static async Task<SiteFactory> StartAsync(bool withEdition13 = true)
    {
        var site = new SiteFactory();
        await site.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        if (withEdition13)
        {
            await Edition13Seed.ImportAsync(site.Services);
        }

        return site;
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
