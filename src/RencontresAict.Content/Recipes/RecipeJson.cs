using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RencontresAict.Content.Recipes;

/// <summary>
/// Reads step payloads the way Orchard's JOptions does: property names case-insensitive (shipped recipes mix
/// <c>"Data"</c> and <c>"data"</c>), numbers and booleans also accepted as strings (script results are strings).
/// </summary>
public static class RecipeJson
{
    /// <summary>The value of a property matched exactly first, then ignoring case.</summary>
    public static JsonNode? Property(JsonObject obj, string name) => Find(obj, name).Value;

    /// <summary>The property as written in the file (for error paths) and its value; the name is null when absent.</summary>
    public static (string? Name, JsonNode? Value) Find(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return (name, exact);
        }

        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return (key, value);
            }
        }

        return (null, null);
    }

    public static string? AsString(JsonNode? node) => node is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
            _ => null,
        }
        : null;

    public static bool TryGetBoolean(JsonNode? node, out bool value)
    {
        value = false;
        switch ((node as JsonValue)?.GetValueKind())
        {
            case JsonValueKind.True:
                value = true;
                return true;
            case JsonValueKind.False:
                return true;
            case JsonValueKind.String:
                return bool.TryParse(node!.GetValue<string>(), out value);
            default:
                return false;
        }
    }

    public static bool TryGetInt32(JsonNode? node, out int value)
    {
        value = 0;
        return AsString(node) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The strings of an array property; a single string counts as a one-item list.</summary>
    public static IReadOnlyList<string>? Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(AsString).OfType<string>().ToList(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => null,
    };

    /// <summary>The JSON path of a property: <c>$.steps[4].data</c>, or <c>$.steps[4]['odd key']</c>.</summary>
    public static string PathOf(string parent, string key) =>
        key.Length > 0 && key.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(key[0])
            ? $"{parent}.{key}"
            : $"{parent}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string PathOf(string parent, int index) => $"{parent}[{index}]";
}
