using System.Text.Json.Nodes;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Layers;

/// <summary>
/// Evaluates an Orchard 2.x layer rule (<c>LayerRule: {Conditions: [...]}</c>, all of which must hold) for one request
/// path. Conditions are named by <c>Name</c> or by the class in <c>$type</c>: <c>BooleanCondition</c> {Value},
/// <c>HomepageCondition</c> {Value} (true on <c>/</c>), <c>UrlCondition</c> {Value} (the path equals it, or starts
/// with it when it ends with <c>*</c>), <c>CultureCondition</c> {Value, Operation} (the page's culture: <c>fr</c>, or
/// <c>en</c> under <c>/en/</c>), <c>JavascriptCondition</c> {Script} (see <see cref="LayerScript"/>), and the groups
/// <c>AllConditionGroup</c> / <c>AnyConditionGroup</c> {Conditions}. A 1.x layer's <c>Rule</c> (JavaScript) is
/// evaluated the same way.
/// </summary>
public static class LayerRule
{
    public static IReadOnlyList<string> SupportedConditions { get; } =
        ["BooleanCondition", "HomepageCondition", "UrlCondition", "CultureCondition", "JavascriptCondition", "AllConditionGroup", "AnyConditionGroup"];

    /// <summary>The first condition of the layer this class cannot evaluate, or null when it can evaluate them all.</summary>
    public static string? Unsupported(JsonObject layer) =>
        Conditions(RecipeJson.Property(layer, "LayerRule") as JsonObject).Select(UnsupportedIn).FirstOrDefault(c => c is not null);

    /// <summary>The culture of a page of this site: English under <c>/en</c>, French elsewhere.</summary>
    public static string CultureOf(string path) =>
        path.Equals("/en", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/en/", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";

    public static bool Matches(JsonObject layer, string path) =>
        RecipeJson.AsString(RecipeJson.Property(layer, "Rule")) is { Length: > 0 } script
            ? LayerScript.Evaluate(script, path, CultureOf(path))
            : Conditions(RecipeJson.Property(layer, "LayerRule") as JsonObject).All(c => Holds(c, path));

    /// <summary>A culture name (<c>fr</c>, <c>fr-FR</c>) names the page's culture when it or its language equals it.</summary>
    public static bool CultureMatches(string name, string culture) =>
        string.Equals(name, culture, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name.Split('-')[0], culture, StringComparison.OrdinalIgnoreCase);

    private static bool Holds(JsonObject condition, string path)
    {
        var value = RecipeJson.Property(condition, "Value");
        return KindOf(condition) switch
        {
            "BooleanCondition" => RecipeJson.TryGetBoolean(value, out var flag) && flag,
            "HomepageCondition" => (path is "" or "/") == (!RecipeJson.TryGetBoolean(value, out var home) || home),
            "UrlCondition" => UrlMatches(RecipeJson.AsString(value) ?? "", path),
            "CultureCondition" => CultureHolds(condition, RecipeJson.AsString(value) ?? "", CultureOf(path)),
            "JavascriptCondition" => LayerScript.Evaluate(RecipeJson.AsString(RecipeJson.Property(condition, "Script")) ?? "false", path, CultureOf(path)),
            "AllConditionGroup" => Conditions(condition).All(c => Holds(c, path)),
            "AnyConditionGroup" => Conditions(condition).Any(c => Holds(c, path)),
            _ => false,
        };
    }

    /// <summary>Orchard's string operators on the culture: equals (default), not equals, starts with, ends with, contains.</summary>
    private static bool CultureHolds(JsonObject condition, string value, string culture)
    {
        var operation = RecipeJson.Property(condition, "Operation") is JsonObject op
            ? RecipeJson.AsString(op["$type"])?.Split(',')[0].Split('.')[^1] ?? ""
            : "";
        return operation switch
        {
            "StringNotEqualsOperator" => !CultureMatches(value, culture),
            "StringStartsWithOperator" => culture.StartsWith(value, StringComparison.OrdinalIgnoreCase),
            "StringEndsWithOperator" => culture.EndsWith(value, StringComparison.OrdinalIgnoreCase),
            "StringContainsOperator" => culture.Contains(value, StringComparison.OrdinalIgnoreCase),
            _ => CultureMatches(value, culture),
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

    public static bool UrlMatches(string rule, string path)
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
