using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Search.Models;

namespace RencontresAict.Search.Queries;

/// <summary>The site's stored queries (one document, as Orchard's QueriesDocument), by name.</summary>
public sealed class QueryManager(DocumentSession session)
{
    public const string DocumentType = "Queries";

    public async Task<QueriesDocument> LoadAsync() =>
        await session.GetSingletonAsync<QueriesDocument>(DocumentType) ?? new QueriesDocument();

    public async Task<JsonObject?> GetAsync(string name) => (await LoadAsync()).Queries.GetValueOrDefault(name);

    /// <summary>Creates the query, or replaces the one of the same name.</summary>
    public async Task SaveAsync(JsonObject query)
    {
        var name = JsonPaths.GetString(query, "Name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidOperationException("A query needs a 'Name'.");
        }

        var document = await LoadAsync();
        document.Queries[name] = (JsonObject)query.DeepClone();
        await session.SaveSingletonAsync(DocumentType, document);
    }

    public static LuceneQuery? AsLuceneQuery(JsonObject query) =>
        string.Equals(JsonPaths.GetString(query, "Source"), LuceneQuery.SourceName, StringComparison.OrdinalIgnoreCase)
            ? query.Deserialize<LuceneQuery>(ContentJson.Options)
            : null;
}
