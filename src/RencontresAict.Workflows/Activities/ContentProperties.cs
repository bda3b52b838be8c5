using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Applies a task's rendered <c>ContentProperties</c> JSON to an item as Orchard merges it: objects merge into the
/// parts of the same name, <c>DisplayText</c>, <c>Owner</c> and <c>Author</c> set the item's own properties.
/// </summary>
public static class ContentProperties
{
    public static void Apply(ContentItem item, string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return;
        }

        JsonObject properties;
        try
        {
            properties = JsonNode.Parse(json, ContentJson.NodeOptions, ContentJson.DocumentOptions) as JsonObject
                ?? throw new InvalidOperationException("ContentProperties must render a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"ContentProperties did not render valid JSON: {ex.Message}", ex);
        }

        foreach (var (key, value) in properties.ToList())
        {
            switch (key)
            {
                case "DisplayText":
                    item.DisplayText = JsonPaths.GetString(value);
                    break;
                case "Owner":
                    item.Owner = JsonPaths.GetString(value);
                    break;
                case "Author":
                    item.Author = JsonPaths.GetString(value);
                    break;
                default:
                    if (value is JsonObject part)
                    {
                        JsonPaths.Merge(item.GetOrCreatePart(key), part);
                    }

                    break;
            }
        }
    }
}
