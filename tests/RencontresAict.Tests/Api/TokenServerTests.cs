using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using RencontresAict.Api.Security;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

public sealed class TokenServerTests
{
    /// <summary>Clears the shared keys run-tests.sh names (Api__TokenSigningKeyPath…), so the site makes its own in its data folder.</summary>
    private static readonly Dictionary<string, string> KeysInTheDataFolder = new()
    {
        ["Api:TokenSigningKeyPath"] = "",
        ["Api:TokenEncryptionKeyPath"] = "",
    };

    [Fact]
    public async Task TheSigningKeyIsCreatedOnceInTheDataFolderReadableByTheSiteOnlyAndNeverInTheSources()
    {
        await using var site = await ApiSite.StartAsync(settings: KeysInTheDataFolder);
        await site.GetTokenAsync("Editor");
        var path = Path.Combine(site.DataPath, "keys", "token-signing.pem");
        var created = File.ReadAllText(path);

        await site.GetTokenAsync("Editor");

        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", created, StringComparison.Ordinal);
        Assert.Equal(created, File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Empty(Directory.EnumerateFiles(SourcesFolder(), "token-*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ATokenIssuedBeforeARestartStillOpensTheApiOnTheSameDataFolder()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", Guid.NewGuid().ToString("N"));
        string token;
        await using (var site = await ApiSite.StartAsync(dataPath, keepData: true, KeysInTheDataFolder))
        {
            await site.InScopeAsync(ConferenceDefinitions.AddAsync);
            token = await site.GetTokenAsync("Editor");
        }

        await using var restarted = await ApiSite.StartAsync(dataPath, settings: KeysInTheDataFolder);
        using var drafts = await restarted.CreateClient(token).GetAsync("/api/content?type=Session&status=Draft");
        using var anonymous = await restarted.CreateClient().GetAsync("/api/content?type=Session&status=Draft");

        Assert.Equal(HttpStatusCode.OK, drafts.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task ATokenAskedForOnOneHostNameOfTheSiteOpensTheApiOnAnother()
    {
        await using var site = await ApiSite.StartAsync();
        await site.InScopeAsync(ConferenceDefinitions.AddAsync);
        await ImportClientAsync(site, "appli-mobile", "le bon secret");
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = TokenForm("appli-mobile", "le bon secret") };
        tokenRequest.Headers.Host = "127.0.0.1";
        using var answer = await site.CreateClient().SendAsync(tokenRequest);
        var token = (await answer.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();

        using var drafts = await site.CreateClient(token).GetAsync("/api/content?type=Session&status=Draft");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, drafts.StatusCode);
    }

    [Fact]
    public async Task AWrongSecretForAKnownClientGetsInvalidClientAsOAuthErrorJson()
    {
        await using var site = await ApiSite.StartAsync();
        await site.GetTokenAsync("Editor");
        await ImportClientAsync(site, "appli-mobile", "le bon secret");
        var client = site.CreateClient();

        using var form = await client.PostAsync("/connect/token", TokenForm("appli-mobile", "un mauvais secret"));
        using var basicRequest = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        basicRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("appli-mobile:un mauvais secret")));
        using var basic = await client.SendAsync(basicRequest);
        using var good = await client.PostAsync("/connect/token", TokenForm("appli-mobile", "le bon secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, form.StatusCode);
        Assert.Equal("invalid_client", (await form.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, basic.StatusCode);
        Assert.Equal("invalid_client", (await basic.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
        var answer = (await good.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Bearer", answer["token_type"]!.GetValue<string>());
        Assert.Equal(3, answer["access_token"]!.GetValue<string>().Split('.').Length);
    }

    [Fact]
    public async Task GuessingAClientSecretIsCutOffWith429AndRetryAfter()
    {
        await using var site = await ApiSite.StartAsync(settings: new Dictionary<string, string> { ["Api:TokenRequestsPerClient"] = "3" });
        await ImportClientAsync(site, "appli-mobile", "le bon secret");
        var client = site.CreateClient();

        for (var n = 0; n < 3; n++)
        {
            using var guess = await client.PostAsync("/connect/token", TokenForm("appli-mobile", $"essai {n}"));
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        using var limited = await client.PostAsync("/connect/token", TokenForm("appli-mobile", "le bon secret"));
        using var otherClient = await client.PostAsync("/connect/token", TokenForm("autre-appli", "x"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        Assert.Equal("slow_down", (await limited.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, otherClient.StatusCode);
    }

    [Fact]
    public async Task OneAddressTryingManyClientsIsCutOffWith429AndRetryAfter()
    {
        await using var site = await ApiSite.StartAsync(settings: new Dictionary<string, string> { ["Api:TokenRequestsPerIp"] = "5" });
        var client = site.CreateClient();

        for (var n = 0; n < 5; n++)
        {
            using var guess = await client.PostAsync("/connect/token", TokenForm($"client-{n}", "x"));
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        using var limited = await client.PostAsync("/connect/token", TokenForm("client-5", "x"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task ABrowserOnAnAllowedOriginMayAskForATokenAcrossOrigins()
    {
        await using var site = await ApiSite.StartAsync();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/connect/token");
        preflight.Headers.Add("Origin", ApiSite.AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await site.CreateClient().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ApiSite.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static Task ImportClientAsync(ApiSite site, string clientId, string secret) =>
        site.InScopeAsync(sp => ApiClientsRecipeStep.ImportAsync(new JsonObject
        {
            ["name"] = "ApiClients",
            ["Clients"] = new JsonArray(new JsonObject { ["ClientId"] = clientId, ["Secret"] = secret, ["Roles"] = new JsonArray("Editor") }),
        }, sp));

    private static FormUrlEncodedContent TokenForm(string clientId, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
    });

    private static string SourcesFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "RencontresAict.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("RencontresAict.sln not found above the test binaries.");
        }

        return Path.Combine(folder.FullName, "src");
    }
}
