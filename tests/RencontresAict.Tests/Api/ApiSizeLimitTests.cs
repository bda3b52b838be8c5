using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

public sealed class ApiSizeLimitTests
{
    [Fact]
    public async Task ABodyOverOneMegabyteIsRefusedWith413WithOrWithoutContentLength()
    {
        await using var site = await ApiSite.StartAsync();
        await site.InScopeAsync(ConferenceDefinitions.AddAsync);
        var client = site.CreateClient(await site.GetTokenAsync("Editor"));
        var item = new JsonObject
        {
            ["ContentType"] = "Partner", ["TitlePart"] = new JsonObject { ["Title"] = "Partenaire" },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = new string('x', 2 * 1024 * 1024) },
        };

        using var withLength = await client.PostAsync("/api/content", new StringContent(item.ToJsonString(), Encoding.UTF8, "application/json"));
        using var streamed = await client.PostAsJsonAsync("/api/content", item);
        using var graphQL = await client.PostAsJsonAsync("/api/graphql", new JsonObject { ["query"] = "{ partner { contentItemId } }", ["pad"] = new string(' ', 2 * 1024 * 1024) });
        var partners = await site.CreateClient().GetFromJsonAsync<JsonObject>("/api/content?type=Partner");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode);
        Assert.Equal("application/problem+json", withLength.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, graphQL.StatusCode);
        Assert.Empty(partners!["items"]!.AsArray());
    }

    [Fact]
    public async Task AFiveMegabyteTitleIsRefusedWithValidationProblemDetailsAndNothingIsStored()
    {
        await using var site = await ApiSite.StartAsync(settings: new Dictionary<string, string> { ["Api:MaxRequestBodySize"] = "20000000" });
        await site.InScopeAsync(ConferenceDefinitions.AddAsync);
        var client = site.CreateClient(await site.GetTokenAsync("Editor"));
        var title = new string('T', 5 * 1024 * 1024);

        using var response = await client.PostAsync("/api/content", new StringContent(
            new JsonObject { ["ContentType"] = "Partner", ["DisplayText"] = "Court", ["TitlePart"] = new JsonObject { ["Title"] = title } }.ToJsonString(),
            Encoding.UTF8, "application/json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var partners = await site.CreateClient().GetFromJsonAsync<JsonObject>("/api/content?type=Partner");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ce texte dépasse la longueur maximale de 1000 caractères.", problem["errors"]!["TitlePart.Title"]![0]!.GetValue<string>());
        Assert.Empty(partners!["items"]!.AsArray());
    }

    [Fact]
    public async Task AGraphQLQueryOf200KilobytesIsRefusedWith400BeforeParsing()
    {
        await using var site = await ApiSite.StartAsync();

        var (status, body) = await site.CreateClient().QueryAsync("{ contentItem(contentItemId: \"x\") { contentItemId } }" + new string(' ', 200 * 1024));

        Assert.Equal(400, status);
        Assert.Contains("longer than", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGraphQLQueryWithAThousandAliasesIsRefused()
    {
        await using var site = await ApiSite.StartAsync();
        var fields = string.Join(' ', Enumerable.Range(0, 1000).Select(n => $"a{n}: contentItemId"));

        var (status, body) = await site.CreateClient().QueryAsync($"{{ contentItem(contentItemId: \"x\") {{ {fields} }} }}");

        Assert.Equal(400, status);
        Assert.Contains(body["errors"]!.AsArray(), e => e!["message"]!.GetValue<string>().Contains("aliases", StringComparison.Ordinal));
    }
}
