using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RencontresAict.Tests.Api.Fixtures;

/// <summary>POSTs a GraphQL query and returns the status code with the parsed answer.</summary>
public static class GraphQLClient
{
    public static async Task<(int Status, JsonObject Body)> QueryAsync(this HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/api/graphql", new JsonObject { ["query"] = query });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
        return ((int)response.StatusCode, body);
    }
}
