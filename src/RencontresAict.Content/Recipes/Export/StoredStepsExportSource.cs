using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes.Steps;
using RencontresAict.Content.Security;
using RencontresAict.Content.Templates;

namespace RencontresAict.Content.Recipes.Export;

/// <summary>
/// The export's steps for what Orchard's own steps stored, in the shape those steps import, so a stock Orchard Core
/// 2.x site gets them back: <c>Roles</c> (each role with its permissions, once the site stored its roles), <c>layers</c>, <c>AdminMenu</c>,
/// <c>MediaProfiles</c>, <c>Templates</c> and <c>AdminTemplates</c> (each only when the site holds some).
/// </summary>
public sealed class StoredStepsExportSource(DocumentSession session, RoleStore roles) : IRecipeExportSource
{
    public async Task<IReadOnlyList<JsonObject>> GetStepsAsync()
    {
        var steps = new List<JsonObject>();

        // Roles the site stored (a Roles step, the admin); a site still on the default roles leaves them to the target's defaults.
        if (await session.GetSingletonAsync<RolesDocument>(RolesDocument.DocumentType) is not null)
        {
            steps.Add(new JsonObject
            {
                ["name"] = "Roles",
                ["Roles"] = new JsonArray((await roles.GetAsync()).Roles.Select(r => (JsonNode)new JsonObject
                {
                    ["Name"] = r.Name, ["Description"] = r.Description, ["Permissions"] = new JsonArray(r.Permissions.Select(p => (JsonNode)p).ToArray()),
                }).ToArray()),
            });
        }

        await AddArrayAsync(steps, LayersStepHandler.DocumentType, "layers", "Layers");
        await AddArrayAsync(steps, AdminMenuStepHandler.DocumentType, "AdminMenu", "data");
        await AddObjectAsync(steps, MediaProfilesStepHandler.DocumentType, "MediaProfiles", "MediaProfiles");
        await AddObjectAsync(steps, TemplateDocuments.Site, "Templates", "Templates");
        await AddObjectAsync(steps, TemplateDocuments.Admin, "AdminTemplates", "Templates");
        return steps;
    }

    private async Task AddArrayAsync(List<JsonObject> steps, string documentType, string stepName, string property)
    {
        var entries = await KeyedStepDocument.LoadAsync(session, documentType);
        if (entries.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = stepName, [property] = new JsonArray(entries.Select(e => e.Value?.DeepClone()).ToArray()) });
        }
    }

    private async Task AddObjectAsync(List<JsonObject> steps, string documentType, string stepName, string property)
    {
        var entries = await KeyedStepDocument.LoadAsync(session, documentType);
        if (entries.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = stepName, [property] = entries.DeepClone() });
        }
    }
}
