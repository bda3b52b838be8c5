using System.Text.Json.Nodes;

namespace RencontresAict.Search.Queries;

/// <summary>What /api/queries/{name} answers, Orchard's shape since 1.1: <c>{ "items": [...], "count": n }</c> (count = all hits).</summary>
public sealed record LuceneQueryResults(JsonArray Items, int Count);
