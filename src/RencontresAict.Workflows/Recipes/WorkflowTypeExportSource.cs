using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Recipes;

/// <summary>
/// The site export's <c>WorkflowType</c> step: every stored type as Orchard writes it, <c>IsEnabled</c> included, so
/// a type the staff disabled in the admin is exported (and re-imported) disabled.
/// </summary>
public sealed class WorkflowTypeExportSource(WorkflowTypeStore types) : IRecipeExportSource
{
    public async Task<IReadOnlyList<JsonObject>> GetStepsAsync()
    {
        var all = await types.ListAsync();
        if (all.Count == 0)
        {
            return [];
        }

        var data = new JsonArray(all.Select(t => JsonSerializer.SerializeToNode(t, ContentJson.Options)).ToArray());
        return [new JsonObject { ["name"] = "WorkflowType", ["data"] = data }];
    }
}
