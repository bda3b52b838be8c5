using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Api.Security;

/// <summary>
/// Recipe step <c>{ "name": "ApiClients", "Clients": [{ "ClientId", "DisplayName", "Secret", "Roles": [] }] }</c>:
/// adds or replaces API clients; each secret is hashed on import and never stored as given.
/// </summary>
internal sealed class ApiClientsRecipeStep(IServiceProvider services) : IRecipeStepHandler
{
    public string Name => "ApiClients";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        try
        {
            await ImportAsync(step, services);
        }
        catch (InvalidOperationException e)
        {
            throw new RecipeStepException(context.StepPath, e.Message, e);
        }
    }

    /// <summary>Adds or replaces the clients of one step in the given scope.</summary>
    internal static async Task ImportAsync(JsonObject step, IServiceProvider services)
    {
        var store = services.GetRequiredService<ApiClientStore>();
        if (step["Clients"] is not JsonArray clients)
        {
            throw new InvalidOperationException("ApiClients step: 'Clients' must be an array.");
        }

        for (var n = 0; n < clients.Count; n++)
        {
            var client = clients[n] as JsonObject ?? throw new InvalidOperationException($"ApiClients step: Clients[{n}] must be an object.");
            var clientId = JsonPaths.GetString(client, "ClientId");
            if (string.IsNullOrWhiteSpace(clientId))
            {
                throw new InvalidOperationException($"ApiClients step: Clients[{n}].ClientId is missing.");
            }

            var secret = JsonPaths.GetString(client, "Secret");
            if (string.IsNullOrEmpty(secret) && await store.FindAsync(clientId) is null)
            {
                throw new InvalidOperationException($"ApiClients step: Clients[{n}].Secret is missing for new client '{clientId}'.");
            }

            await store.SaveAsync(clientId, JsonPaths.GetString(client, "DisplayName"), string.IsNullOrEmpty(secret) ? null : secret,
                JsonPaths.GetStrings(client, "Roles"));
        }
    }
}
