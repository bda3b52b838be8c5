using System.Text.Json.Nodes;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Recipes.Scripting;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Recipes;

/// <summary>
/// Reads a whole recipe before any step runs and refuses it, in one line, when it names steps or content types this
/// site cannot honour: every unknown step, and every content type of a <c>Content</c> step (items nested in menus,
/// taxonomies, flows and bags included) that is neither on the site, nor defined by the recipe, nor brought by a
/// feature the recipe enables. So a recipe from another site is refused whole, listing all it lacks, and nothing is stored.
/// </summary>
public static class RecipePreflight
{
    public static async Task CheckAsync(
        RecipeDocument recipe, IReadOnlyCollection<IRecipeStepHandler> handlers, ContentDefinitionManager definitions, SiteSettingsService settings)
    {
        var stepNames = handlers.Select(h => h.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknownSteps = new List<string>();
        var features = (await settings.GetAsync()).EnabledFeatures.ToList();
        var knownTypes = (await definitions.ListTypeDefinitionsAsync()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var usedTypes = new List<(string Type, string Path)>();
        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            var step = recipe.Steps[index];
            var name = RecipeJson.AsString(step["name"]) ?? "";
            if (!stepNames.Contains(name))
            {
                unknownSteps.Add(name);
                continue;
            }

            if (name.Equals("Feature", StringComparison.OrdinalIgnoreCase))
            {
                features.AddRange(RecipeJson.Strings(RecipeJson.Property(step, "enable")) ?? []);
            }
            else if (name.EndsWith("ContentDefinition", StringComparison.OrdinalIgnoreCase)
                && RecipeJson.Property(step, "ContentTypes") is JsonArray types)
            {
                knownTypes.UnionWith(types.OfType<JsonObject>().Select(t => RecipeJson.AsString(t["Name"])).OfType<string>());
            }
            else if (name.Equals("Content", StringComparison.OrdinalIgnoreCase) && RecipeJson.Find(step, "data") is (var key, JsonArray items))
            {
                CollectTypes(items, RecipeJson.PathOf($"$.steps[{index}]", key!), usedTypes);
            }
        }

        knownTypes.UnionWith(StockContentTypes.TypeNamesOf(features));
        var unknownTypes = usedTypes.Where(t => !knownTypes.Contains(t.Type)).DistinctBy(t => t.Type, StringComparer.Ordinal)
            .Select(t => $"'{t.Type}' at {t.Path}").ToList();
        if (unknownSteps.Count == 0 && unknownTypes.Count == 0)
        {
            return;
        }

        var parts = new List<string>();
        if (unknownSteps.Count > 0)
        {
            parts.Add("unknown steps " + Quote(unknownSteps.Distinct(StringComparer.OrdinalIgnoreCase)));
        }

        if (unknownTypes.Count > 0)
        {
            parts.Add("unknown content types " + string.Join(", ", unknownTypes));
        }

        throw new RecipeExecutionException(
            $"{recipe.SourceName}: this site cannot honour the recipe, nothing was stored: {string.Join("; ", parts)} "
            + $"(known steps: {string.Join(", ", stepNames.Order(StringComparer.OrdinalIgnoreCase))}).")
        { SourceName = recipe.SourceName };
    }

    /// <summary>The ContentType of an item and of every item nested in it (objects that carry a ContentItemId).</summary>
    private static void CollectTypes(JsonNode? node, string path, List<(string, string)> types)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("ContentItemId") && RecipeJson.AsString(obj["ContentType"]) is { Length: > 0 } type
                    && !RecipeScriptEvaluator.TryParseExpression(type, out _, out _))
                {
                    types.Add((type, path + ".ContentType"));
                }

                foreach (var (key, child) in obj)
                {
                    CollectTypes(child, RecipeJson.PathOf(path, key), types);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CollectTypes(array[i], RecipeJson.PathOf(path, i), types);
                }

                break;
            default:
                break;
        }
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
