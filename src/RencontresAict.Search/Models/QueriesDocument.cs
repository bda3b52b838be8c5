using System.Text.Json.Nodes;

namespace RencontresAict.Search.Models;

/// <summary>
/// Stored queries by name, each kept as the JSON the Queries recipe step gave (Source, Name, Schema, and the
/// source's own keys), so queries of other sources survive an export even though only Lucene ones run here.
/// </summary>
public sealed class QueriesDocument
{
    public Dictionary<string, JsonObject> Queries { get; set; } = new(StringComparer.Ordinal);
}
