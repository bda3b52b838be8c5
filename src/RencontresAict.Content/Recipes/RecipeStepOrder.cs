using System.Text.Json.Nodes;

namespace RencontresAict.Content.Recipes;

/// <summary>
/// The order the steps run in: as written, except that a <c>Content</c> step naming a content type which a later
/// <c>ContentDefinition</c> step of the same recipe defines runs right after that step. Orchard imports content
/// once the definitions are in place (its setup defers Content steps), so its shipped recipes may put content first
/// (the coming-soon recipe does).
/// </summary>
public static class RecipeStepOrder
{
    public static List<int> Of(RecipeDocument recipe)
    {
        var steps = recipe.Steps;
        var order = Enumerable.Range(0, steps.Count).ToList();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            if (!IsNamed(steps[i], "Content"))
            {
                continue;
            }

            var types = ItemTypes(steps[i]);
            var definedAfter = Enumerable.Range(i + 1, steps.Count - i - 1)
                .LastOrDefault(j => IsNamed(steps[j], "ContentDefinition") && DefinedTypes(steps[j]).Overlaps(types), -1);
            if (definedAfter > 0)
            {
                order.Remove(i);
                order.Insert(order.IndexOf(definedAfter) + 1, i);
            }
        }

        return order;
    }

    private static bool IsNamed(JsonObject step, string name) => string.Equals(RecipeJson.AsString(step["name"]), name, StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> ItemTypes(JsonObject step) =>
        (RecipeJson.Property(step, "data") as JsonArray ?? []).OfType<JsonObject>()
            .Select(item => RecipeJson.AsString(item["ContentType"])).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> DefinedTypes(JsonObject step) =>
        (RecipeJson.Property(step, "ContentTypes") as JsonArray ?? []).OfType<JsonObject>()
            .Select(type => RecipeJson.AsString(type["Name"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
