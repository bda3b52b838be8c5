using System.Net;
using System.Text.Json.Nodes;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

public sealed class CorsAndOpenApiTests
{
    [Fact]
    public async Task PreflightFromAnAllowedOriginIsAcceptedAndFromAnotherIsNot()
    {
        await using var site = await ApiSite.StartAsync();
        var client = site.CreateClient();

        using var allowed = await client.SendAsync(Preflight(ApiSite.AllowedOrigin));
        using var refused = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(ApiSite.AllowedOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheRestEndpoints()
    {
        await using var site = await ApiSite.StartAsync();

        var document = JsonNode.Parse(await site.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject();
        Assert.NotNull(paths["/api/content/{contentItemId}"]!["get"]);
        Assert.NotNull(paths["/api/content/{contentItemId}"]!["delete"]);
        Assert.NotNull(paths["/api/content"]!["post"]);
        Assert.NotNull(paths["/connect/token"]!["post"]);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/content");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
