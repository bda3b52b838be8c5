using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// Reads and writes a content item as Orchard Core 2.x's ContentItemConverter does: the well-known
/// properties first, in Orchard's order, matched case-sensitively; then every part. Top-level scalars
/// that are not well-known are dropped, as a 2.x site drops them.
/// </summary>
public sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    public override ContentItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader) as JsonObject
            ?? throw new JsonException("A content item must be a JSON object.");
        return FromJson(node);
    }

    public static ContentItem FromJson(JsonObject node)
    {
        var item = new ContentItem();
        foreach (var (key, value) in node)
        {
            switch (key)
            {
                case "ContentItemId": item.ContentItemId = AsString(value) ?? ""; break;
                case "ContentItemVersionId": item.ContentItemVersionId = AsString(value) ?? ""; break;
                case "ContentType": item.ContentType = AsString(value) ?? ""; break;
                case "DisplayText": item.DisplayText = AsString(value); break;
                case "Latest": item.Latest = AsBool(value); break;
                case "Published": item.Published = AsBool(value); break;
                case "ModifiedUtc": item.ModifiedUtc = AsDate(value); break;
                case "PublishedUtc": item.PublishedUtc = AsDate(value); break;
                case "CreatedUtc": item.CreatedUtc = AsDate(value); break;
                case "Owner": item.Owner = AsString(value); break;
                case "Author": item.Author = AsString(value); break;
                default:
                    if (value is JsonObject or JsonArray)
                    {
                        item.Content[key] = value.DeepClone();
                    }

                    break;
            }
        }

        return item;
    }

    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("ContentItemId", value.ContentItemId);
        writer.WriteString("ContentItemVersionId", value.ContentItemVersionId);
        writer.WriteString("ContentType", value.ContentType);
        WriteNullable(writer, "DisplayText", value.DisplayText);
        writer.WriteBoolean("Latest", value.Latest);
        writer.WriteBoolean("Published", value.Published);
        WriteDate(writer, "ModifiedUtc", value.ModifiedUtc);
        WriteDate(writer, "PublishedUtc", value.PublishedUtc);
        WriteDate(writer, "CreatedUtc", value.CreatedUtc);
        WriteNullable(writer, "Owner", value.Owner);
        WriteNullable(writer, "Author", value.Author);
        foreach (var (key, part) in value.Content)
        {
            writer.WritePropertyName(key);
            if (part is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                part.WriteTo(writer, options);
            }
        }

        writer.WriteEndObject();
    }

    public static string FormatDate(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, FormatDate(value.Value));
        }
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static bool AsBool(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    private static DateTime? AsDate(JsonNode? node) =>
        AsString(node) is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
