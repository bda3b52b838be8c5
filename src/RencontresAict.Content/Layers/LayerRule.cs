using System.Text.Json.Nodes;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Layers;

/// <summary>
/// Evaluates an Orchard 2.x layer rule (<c>LayerRule: {Conditions: [...]}</c>, all of which must hold) for one request
/// path. Conditions are named by <c>Name</c> or by the class in <c>$type</c>: <c>BooleanCondition</c> {Value},
/// <c>HomepageCondition</c> {Value} (true on <c>/</c>), <c>UrlCondition</c> {Value} (the path equals it, or starts
/// with it when it ends with <c>*</c>), and the groups <c>AllConditionGroup</c> / <c>AnyConditionGroup</c> {Conditions}.
/// </summary>
public static class LayerRule
{
    public static IReadOnlyList<string> SupportedConditions { get; } =
        ["BooleanCondition", "HomepageCondition", "UrlCondition", "AllConditionGroup", "AnyConditionGroup"];

    /// <summary>The first condition of the layer this class cannot evaluate, or null when it can evaluate them all.</summary>
    public static string? Unsupported(JsonObject layer) =>
        Conditions(RecipeJson.Property(layer, "LayerRule") as JsonObject).Select(UnsupportedIn).FirstOrDefault(c => c is not null);

    public static bool Matches(JsonObject layer, string path) =>
        Conditions(RecipeJson.Property(layer, "LayerRule") as JsonObject).All(c => Holds(c, path));

    private static bool Holds(JsonObject condition, string path)
    {
        var value = RecipeJson.Property(condition, "Value");
        return KindOf(condition) switch
        {
            "BooleanCondition" => RecipeJson.TryGetBoolean(value, out var flag) && flag,
            "HomepageCondition" => (path is "" or "/") == (!RecipeJson.TryGetBoolean(value, out var home) || home),
            "UrlCondition" => UrlMatches(RecipeJson.AsString(value) ?? "", path),
            "AllConditionGroup" => Conditions(condition).All(c => Holds(c, path)),
            "AnyConditionGroup" => Conditions(condition).Any(c => Holds(c, path)),
            _ => false,
        };
    }

    private static string? UnsupportedIn(JsonObject condition)
    {
        var kind = KindOf(condition);
        if (!SupportedConditions.Contains(kind))
        {
            return kind.Length == 0 ? "(unnamed)" : kind;
        }

        return kind.EndsWith("Group", StringComparison.Ordinal)
            ? Conditions(condition).Select(UnsupportedIn).FirstOrDefault(c => c is not null)
            : null;
    }

    private static bool UrlMatches(string rule, string path)
    {
        var expected = "/" + rule.TrimStart('~').Trim('/');
        var actual = "/" + path.Trim('/');
        return expected.EndsWith('*')
            ? actual.StartsWith(expected.TrimEnd('*').TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            : string.Equals(expected.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                || (expected == "/" && actual == "/");
    }

    /// <summary>The condition's kind: its Name, else the class of its <c>$type</c> (<c>OrchardCore.Rules.Models.X, …</c>).</summary>
    private static string KindOf(JsonObject condition)
    {
        var type = RecipeJson.AsString(condition["$type"])?.Split(',')[0].Split('.')[^1];
        return type ?? RecipeJson.AsString(RecipeJson.Property(condition, "Name")) ?? "";
    }

    private static IEnumerable<JsonObject> Conditions(JsonObject? group) =>
        (group is null ? null : RecipeJson.Property(group, "Conditions") as JsonArray)?.OfType<JsonObject>() ?? [];
}
