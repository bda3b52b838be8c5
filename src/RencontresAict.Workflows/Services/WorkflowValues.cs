using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// Converts the values an instance carries (content items, strings, dictionaries) to the JSON it is stored as, and
/// back: a stored object that has a content item's identity becomes a <see cref="ContentItem"/> again, so
/// <c>{{ Workflow.Input.ContentItem | display_text }}</c> works after a resume.
/// </summary>
public static class WorkflowValues
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), ContentJson.Options),
    };

    public static JsonObject ToJson(IReadOnlyDictionary<string, object?> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values)
        {
            json[key] = ToJson(value);
        }

        return json;
    }

    public static object? FromJson(JsonNode? node) => node switch
    {
        JsonObject obj when obj["ContentItemId"] is not null && obj["ContentType"] is not null && obj["ContentItemVersionId"] is not null
            => obj.Deserialize<ContentItem>(ContentJson.Options),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.TryGetValue<long>(out var l) ? l : value.GetValue<double>(),
            _ => null,
        },
        _ => node?.DeepClone(),
    };

    public static Dictionary<string, object?> FromJson(JsonObject json) =>
        json.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.OrdinalIgnoreCase);

    /// <summary>A value as text, as Liquid and scripts would print it.</summary>
    public static string? ToText(object? value) => value switch
    {
        null => null,
        string text => text,
        ContentItem item => item.ContentItemId,
        JsonValue json => JsonPaths.GetString(json),
        JsonNode json => json.ToJsonString(),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
