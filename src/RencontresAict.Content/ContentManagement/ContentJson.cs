using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// The JSON settings Orchard Core 2.x uses for content and recipes (JOptions): case-insensitive names,
/// numbers from strings, enums by name, nulls skipped; comments and trailing commas accepted on read.
/// </summary>
public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static System.Text.Json.Nodes.JsonNodeOptions NodeOptions { get; } = new() { PropertyNameCaseInsensitive = false };

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new ContentItemJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
