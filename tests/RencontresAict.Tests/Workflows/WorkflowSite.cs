using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;

namespace RencontresAict.Tests.Workflows;

/// <summary>The whole site over HTTP (WebApplicationFactory) on a fresh data folder, its e-mail going to a test SMTP server.</summary>
public sealed class WorkflowSite : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private WorkflowSite(WebApplicationFactory<Program> factory, string dataPath)
    {
        _factory = factory;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<WorkflowSite> StartAsync(int smtpPort, Action<IServiceCollection>? configure = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:DataPath", dataPath);
            builder.UseSetting("Email:DeliveryMethod", "Smtp");
            builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Email:Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:DefaultSender", "Rencontres AICT <inscriptions@rencontres-aict.fr>");
            builder.UseSetting("Email:PollInterval", "00:00:00.200");
            if (configure is not null)
            {
                builder.ConfigureServices(configure);
            }
        });
        await factory.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        return new WorkflowSite(factory, dataPath);
    }

    public HttpClient CreateClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task ImportAsync(WorkflowJson workflow)
    {
        await using var scope = Services.CreateAsyncScope();
        await WorkflowJson.ImportStepAsync(scope.ServiceProvider, new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(workflow.ToJson()) });
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
        return result;
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
