using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Api.Security;
using RencontresAict.Content.Documents;

namespace RencontresAict.Tests.Api.Fixtures;

/// <summary>
/// The whole site over HTTP on a fresh data folder (kept for a restart when asked). One browser origin,
/// https://allowed.example, is allowed by CORS; the host runs as Production so no error page shows a stack trace.
/// </summary>
public sealed class ApiSite : IAsyncDisposable
{
    public const string AllowedOrigin = "https://allowed.example";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly bool _keepData;

    private ApiSite(WebApplicationFactory<Program> factory, string dataPath, bool keepData)
    {
        _factory = factory;
        DataPath = dataPath;
        _keepData = keepData;
    }

    public string DataPath { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<ApiSite> StartAsync(string? dataPath = null, bool keepData = false, IDictionary<string, string>? settings = null)
    {
        dataPath ??= Path.Combine(Path.GetTempPath(), "raict-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Site:DataPath", dataPath);
            builder.UseSetting("Site:SetupRecipe", Path.Combine(AppContext.BaseDirectory, "TestData", "empty.recipe.json"));
            builder.UseSetting("Api:CorsOrigins:0", AllowedOrigin);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });
        await factory.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        return new ApiSite(factory, dataPath, keepData);
    }

    public HttpClient CreateClient(string? token = null)
    {
        var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
        return result;
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync<bool>(async sp => { await work(sp); return true; });

    /// <summary>Creates an API client through the ApiClients recipe step, then asks /connect/token for its token.</summary>
    public async Task<string> GetTokenAsync(params string[] roles)
    {
        var clientId = "client-" + Guid.NewGuid().ToString("N")[..8];
        const string secret = "un secret de test assez long";
        await InScopeAsync(sp => ApiClientsRecipeStep.ImportAsync(new JsonObject
        {
            ["name"] = "ApiClients",
            ["Clients"] = new JsonArray(new JsonObject
            {
                ["ClientId"] = clientId, ["DisplayName"] = "Test", ["Secret"] = secret, ["Roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]),
            }),
        }, sp));
        using var response = await CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_keepData)
        {
            DeleteData(DataPath);
        }
    }

    public static void DeleteData(string dataPath)
    {
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
