using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Recipes.Export;

/// <summary>The names an exported recipe uses that a stock Orchard Core site lacks (see <see cref="ExportPortabilityOptions"/>).</summary>
public static class ExportPortability
{
    public static IReadOnlyList<string> SiteOnlyNames(JsonObject recipe, ExportPortabilityOptions options)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var step in (recipe["steps"] as JsonArray ?? []).OfType<JsonObject>())
        {
            switch (JsonPaths.GetString(step, "name"))
            {
                case "WorkflowType":
                    foreach (var activity in (step["data"] as JsonArray ?? []).OfType<JsonObject>()
                        .SelectMany(t => (t["Activities"] as JsonArray ?? []).OfType<JsonObject>()))
                    {
                        if (JsonPaths.GetString(activity, "Name") is { } name && options.SiteOnlyActivities.Contains(name))
                        {
                            names.Add($"activity {name}");
                        }
                    }

                    break;
                case "ContentDefinition":
                    foreach (var part in (step["ContentTypes"] as JsonArray ?? []).OfType<JsonObject>()
                        .SelectMany(t => (t["ContentTypePartDefinitionRecords"] as JsonArray ?? []).OfType<JsonObject>()))
                    {
                        if (JsonPaths.GetString(part, "PartName") is { } name && options.SiteOnlyParts.Contains(name))
                        {
                            names.Add($"part {name}");
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        return [.. names];
    }
}
