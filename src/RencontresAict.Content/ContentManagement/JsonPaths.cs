using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RencontresAict.Content.ContentManagement;

/// <summary>Small readers for values nested in part JSON, tolerant of missing nodes and of numbers written as strings.</summary>
public static class JsonPaths
{
    public static JsonNode? Get(JsonNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not JsonObject obj)
            {
                return null;
            }

            node = obj[key];
        }

        return node;
    }

    public static string? GetString(JsonNode? node, params string[] path)
    {
        var value = Get(node, path) as JsonValue;
        if (value is null)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        };
    }

    public static DateTime? GetDateTime(JsonNode? node, params string[] path)
    {
        var text = GetString(node, path);
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
    }

    public static decimal? GetDecimal(JsonNode? node, params string[] path) =>
        decimal.TryParse(GetString(node, path), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool? GetBoolean(JsonNode? node, params string[] path) =>
        Get(node, path) is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : bool.TryParse(GetString(node, path), out var parsed) ? parsed : null;

    public static IReadOnlyList<string> GetStrings(JsonNode? node, params string[] path) =>
        Get(node, path) is JsonArray array
            ? array.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null)
                .OfType<string>().ToList()
            : [];

    /// <summary>Deep merge as Orchard merges JSON: objects merge key by key, arrays and scalars are replaced.</summary>
    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            if (value is JsonObject sourceObject && target[key] is JsonObject targetObject)
            {
                Merge(targetObject, sourceObject);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    /// <summary>
    /// Builds every object and array of the tree now. A node read from JSON fills itself in on first access, which is
    /// not safe while several threads read a shared tree: call this before sharing one (see ParsedDocumentCache).
    /// </summary>
    public static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Materialize(value);
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Materialize(value);
                }

                break;
            default:
                break;
        }
    }
}
