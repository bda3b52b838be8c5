using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Api.Security;
using RencontresAict.Content.Documents;
using RencontresAict.Tests.Api.Fixtures;

namespace RencontresAict.Tests.Api;

public sealed class ApiClientsRecipeStepTests
{
    [Fact]
    public async Task ImportedClientsKeepOnlyAHashOfTheirSecret()
    {
        await using var site = await ApiSite.StartAsync();

        await site.InScopeAsync(sp => ApiClientsRecipeStep.ImportAsync(JsonNode.Parse("""
            { "name": "ApiClients", "Clients": [ { "ClientId": "appli-mobile", "DisplayName": "Appli mobile", "Secret": "mot-de-passe-tres-secret", "Roles": ["Editor"] } ] }
            """)!.AsObject(), sp));
        var stored = await site.InScopeAsync(async sp =>
            (await sp.GetRequiredService<DocumentSession>().QueryFirstOrDefaultAsync<string>("SELECT Content FROM Document WHERE Type = 'ApiClients'"))!);
        var valid = await site.InScopeAsync(sp => sp.GetRequiredService<ApiClientStore>().ValidateAsync("appli-mobile", "mot-de-passe-tres-secret"));

        Assert.DoesNotContain("mot-de-passe-tres-secret", stored, StringComparison.Ordinal);
        Assert.Contains("AQAAAA", stored, StringComparison.Ordinal);
        Assert.Equal(["Editor"], valid!.Roles);
    }

    [Fact]
    public async Task AClientWithoutIdStopsTheStepWithItsJsonPath()
    {
        await using var site = await ApiSite.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => site.InScopeAsync(sp => ApiClientsRecipeStep.ImportAsync(
            JsonNode.Parse("""{ "name": "ApiClients", "Clients": [ { "Secret": "x" } ] }""")!.AsObject(), sp)));

        Assert.Contains("Clients[0].ClientId", error.Message, StringComparison.Ordinal);
    }
}
