using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Search;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Search.Queries;

/// <summary>The top level of a Lucene query JSON: <c>query</c> (match_all when absent), <c>size</c>, <c>from</c>, <c>sort</c>.</summary>
internal sealed record LuceneQueryRequest(Query Query, int Size, int From, Sort? Sort)
{
    public static LuceneQueryRequest Parse(string json, LuceneQueryDslParser parser)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: ContentJson.DocumentOptions) as JsonObject
                ?? throw new LuceneQueryException("The query must be a JSON object such as {\"query\": {…}}.");
        }
        catch (JsonException e)
        {
            throw new LuceneQueryException($"The query is not valid JSON: {e.Message}", e);
        }

        var query = root["query"] is { } clause ? parser.Parse(clause) : new MatchAllDocsQuery();
        var size = Math.Clamp(Int(root, "size") ?? LuceneQueryRunner.DefaultSize, 0, LuceneQueryRunner.MaxSize);
        var from = Math.Max(0, Int(root, "from") ?? 0);
        return new LuceneQueryRequest(query, size, from, ParseSort(root["sort"]));
    }

    private static int? Int(JsonObject root, string key) => root[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when int.TryParse(JsonPaths.GetString(v), out var i) => i,
        _ => throw new LuceneQueryException($"'{key}' must be a whole number."),
    };

    /// <summary>"Field", {"Field": "desc"}, {"Field": {"order": "desc", "type": "double"}}, or an array of these.</summary>
    private static Sort? ParseSort(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var specs = node is JsonArray array ? array.ToList() : [node];
        var fields = new List<SortField>();
        foreach (var spec in specs)
        {
            switch (spec)
            {
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    fields.Add(Field(value.GetValue<string>(), null, null));
                    break;
                case JsonObject obj:
                    foreach (var (name, options) in obj)
                    {
                        fields.Add(options is JsonObject o
                            ? Field(name, JsonPaths.GetString(o, "order"), JsonPaths.GetString(o, "type"))
                            : Field(name, JsonPaths.GetString(options), null));
                    }

                    break;
                default:
                    throw new LuceneQueryException("'sort' must be a field name, an object or an array of them.");
            }
        }

        return new Sort(fields.ToArray());
    }

    private static SortField Field(string name, string? order, string? type)
    {
        if (name == "_score")
        {
            return SortField.FIELD_SCORE;
        }

        var reverse = string.Equals(order, "desc", StringComparison.OrdinalIgnoreCase);
        var sortType = type?.ToLowerInvariant() switch
        {
            null or "string" => SortFieldType.STRING,
            "double" => SortFieldType.DOUBLE,
            "float" => SortFieldType.SINGLE,
            "int" or "integer" => SortFieldType.INT32,
            "long" => SortFieldType.INT64,
            _ => throw new LuceneQueryException($"Unknown sort type '{type}'."),
        };
        return new SortField(name, sortType, reverse);
    }
}
