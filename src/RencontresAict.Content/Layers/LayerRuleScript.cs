using System.Text.Json.Nodes;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Layers;

/// <summary>
/// A layer's rule as one script the staff read and edit (Orchard's rule syntax, run by <see cref="LayerScript"/>), and
/// back: a 1.x <c>Rule</c> or a 2.x <c>JavascriptCondition</c> shows its script; the other 2.x conditions are written as
/// the functions that test the same thing (<c>isHomepage()</c>, <c>url('/blog*')</c>, <c>culture('fr')</c>, joined by
/// <c>&amp;&amp;</c> and <c>||</c>). A rule saved from the admin is stored as Orchard 2.x stores it: a
/// <c>LayerRule</c> holding one <c>JavascriptCondition</c>.
/// </summary>
public static class LayerRuleScript
{
    public static string Describe(JsonObject layer) =>
        RecipeJson.AsString(RecipeJson.Property(layer, "Rule")) is { Length: > 0 } script
            ? script
            : Join(Conditions(RecipeJson.Property(layer, "LayerRule") as JsonObject), " && ", "true");

    /// <summary>The layer with <paramref name="script"/> as its only condition, its name and description kept.</summary>
    public static JsonObject WithScript(string name, string? description, string script, Func<string> newId) => new()
    {
        ["Name"] = name,
        ["Description"] = description ?? "",
        ["LayerRule"] = new JsonObject
        {
            ["ConditionId"] = newId(),
            ["Conditions"] = new JsonArray(new JsonObject
            {
                ["$type"] = "OrchardCore.Rules.Models.JavascriptCondition, OrchardCore.Rules",
                ["Name"] = "JavascriptCondition",
                ["Script"] = script,
                ["ConditionId"] = newId(),
            }),
        },
    };

    /// <summary>One condition as script; <paramref name="wrap"/> puts a script or group in parentheses (it is joined with others).</summary>
    private static string Describe(JsonObject condition, bool wrap)
    {
        string Wrap(string script) => wrap ? "(" + script + ")" : script;
        var value = RecipeJson.Property(condition, "Value");
        var kind = RecipeJson.AsString(condition["$type"])?.Split(',')[0].Split('.')[^1] ?? RecipeJson.AsString(RecipeJson.Property(condition, "Name")) ?? "";
        return kind switch
        {
            "BooleanCondition" => RecipeJson.TryGetBoolean(value, out var flag) && flag ? "true" : "false",
            "HomepageCondition" => !RecipeJson.TryGetBoolean(value, out var home) || home ? "isHomepage()" : "!isHomepage()",
            "UrlCondition" => $"url({Quote(RecipeJson.AsString(value))})",
            "CultureCondition" => $"culture({Quote(RecipeJson.AsString(value))})",
            "JavascriptCondition" => Wrap(RecipeJson.AsString(RecipeJson.Property(condition, "Script")) ?? "false"),
            "AllConditionGroup" => Wrap(Join(Conditions(condition), " && ", "true")),
            "AnyConditionGroup" => Wrap(Join(Conditions(condition), " || ", "false")),
            _ => "false",
        };
    }

    private static string Join(IEnumerable<JsonObject> conditions, string separator, string empty)
    {
        var list = conditions.ToList();
        return list.Count switch
        {
            0 => empty,
            1 => Describe(list[0], wrap: false),
            _ => string.Join(separator, list.Select(c => Describe(c, wrap: true))),
        };
    }

    private static string Quote(string? text) =>
        "'" + (text ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static IEnumerable<JsonObject> Conditions(JsonObject? group) =>
        (group is null ? null : RecipeJson.Property(group, "Conditions") as JsonArray)?.OfType<JsonObject>() ?? [];
}
