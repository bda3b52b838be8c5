using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// One version of a content item: Orchard's eleven well-known properties, then its parts as JSON objects
/// keyed by part name (<c>"TitlePart": {"Title": "…"}</c>, <c>"BlogPost": {"Subtitle": {"Text": "…"}}</c>).
/// </summary>
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem
{
    /// <summary>The document row of this version; not serialized.</summary>
    public long Id { get; set; }

    /// <summary>The concurrency stamp of the stored document; not serialized.</summary>
    public long DocumentVersion { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    /// <summary>The parts, in the order they were written.</summary>
    public JsonObject Content { get; set; } = [];

    public JsonObject? GetPart(string partName) => Content[partName] as JsonObject;

    public JsonObject GetOrCreatePart(string partName)
    {
        if (Content[partName] is JsonObject part)
        {
            return part;
        }

        part = [];
        Content[partName] = part;
        return part;
    }

    /// <summary>Reads a part into its typed model (the part's name is the type's name unless given).</summary>
    public T As<T>(string? partName = null) where T : new()
    {
        var node = GetPart(partName ?? typeof(T).Name);
        return node is null ? new T() : node.Deserialize<T>(ContentJson.Options) ?? new T();
    }

    /// <summary>Writes a typed part back, keeping the keys its model does not know.</summary>
    public void Apply<T>(T part, string? partName = null)
    {
        var target = GetOrCreatePart(partName ?? typeof(T).Name);
        var values = JsonSerializer.SerializeToNode(part, ContentJson.Options) as JsonObject ?? [];
        foreach (var (key, value) in values.ToList())
        {
            values.Remove(key);
            target[key] = value;
        }
    }

    /// <summary>A text value at a path of property names, e.g. ("BlogPost", "Subtitle", "Text").</summary>
    public string? GetText(params string[] path) => JsonPaths.GetString(Content, path);

    public ContentItem Clone()
    {
        var json = JsonSerializer.Serialize(this, ContentJson.Options);
        var copy = JsonSerializer.Deserialize<ContentItem>(json, ContentJson.Options)!;
        copy.Id = Id;
        copy.DocumentVersion = DocumentVersion;
        return copy;
    }

    /// <summary>As Orchard's: the DisplayText (what <c>{{ Model.ContentItem }}</c> prints in a template), else type and id.</summary>
    public override string ToString() => string.IsNullOrWhiteSpace(DisplayText) ? $"{ContentType} ({ContentItemId})" : DisplayText;
}
