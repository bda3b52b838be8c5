using System.Text.Json;
using Dapper;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Documents;

/// <summary>The Document table through the session: documents by id, parsed and cached by version, and singletons.</summary>
public sealed partial class DocumentSession
{
    public async Task<long> InsertDocumentAsync(string type, string content) =>
        await ExecuteScalarAfterWriteAsync<long>(
            "INSERT INTO Document (Type, Content, Version) VALUES (@type, @content, 1) RETURNING Id",
            new { type, content });

    /// <summary>Replaces a document's content; false when someone else changed it since <paramref name="expectedVersion"/>.</summary>
    public async Task<bool> UpdateDocumentAsync(long id, string content, long? expectedVersion = null)
    {
        var rows = await ExecuteAsync(
            expectedVersion is null
                ? "UPDATE Document SET Content = @content, Version = Version + 1 WHERE Id = @id"
                : "UPDATE Document SET Content = @content, Version = Version + 1 WHERE Id = @id AND Version = @expectedVersion",
            new { id, content, expectedVersion });
        return rows == 1;
    }

    public Task<StoredDocument?> GetDocumentAsync(long id) =>
        QueryFirstOrDefaultAsync<StoredDocument>("SELECT Id, Type, Content, Version FROM Document WHERE Id = @id", new { id });

    public async Task<IReadOnlyList<StoredDocument>> GetDocumentsAsync(IEnumerable<long> ids)
    {
        var list = ids.Distinct().ToArray();
        if (list.Length == 0)
        {
            return [];
        }

        // Parameters are spelled out: Dapper would pass a PostgreSQL array where SQLite needs a list.
        var parameters = new DynamicParameters();
        for (var i = 0; i < list.Length; i++)
        {
            parameters.Add("p" + i, list[i]);
        }

        var placeholders = string.Join(", ", list.Select((_, i) => "@p" + i));
        var rows = await QueryAsync<StoredDocument>($"SELECT Id, Type, Content, Version FROM Document WHERE Id IN ({placeholders})", parameters);
        var byId = rows.ToDictionary(d => d.Id);
        return list.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>
    /// The document <paramref name="stamp"/> names, parsed by <paramref name="parse"/> and shared through
    /// <paramref name="cache"/> while its stored version stays the same: callers read the stamp in the query that finds
    /// the document (an index joined to Document), so a cached document costs no other read. A read inside this
    /// session's own write transaction is parsed but not cached, since its version may yet be rolled back. Null when
    /// the document no longer exists.
    /// </summary>
    public async Task<T?> GetParsedAsync<T>(DocumentStamp stamp, ParsedDocumentCache cache, Func<StoredDocument, T> parse) where T : class
    {
        if (cache.TryGet<T>(stamp.Id, stamp.Version, out var cached))
        {
            return cached;
        }

        if (await GetDocumentAsync(stamp.Id) is not { } row)
        {
            return null;
        }

        var value = parse(row);
        if (!HasPendingWrites)
        {
            cache.Set(row.Id, row.Version, value);
        }

        return value;
    }

    /// <summary>Loads a document of which the site has one (site settings, content definitions).</summary>
    public async Task<T?> GetSingletonAsync<T>(string type) where T : class
    {
        var row = await QueryFirstOrDefaultAsync<StoredDocument>(
            "SELECT Id, Type, Content, Version FROM Document WHERE Type = @type ORDER BY Id LIMIT 1", new { type });
        return row is null ? null : JsonSerializer.Deserialize<T>(row.Content, ContentJson.Options);
    }

    /// <summary>Stores a singleton document; unchanged content is not written again, so its version (and caches) stay.</summary>
    public async Task SaveSingletonAsync<T>(string type, T document)
    {
        var content = JsonSerializer.Serialize(document, ContentJson.Options);
        var row = await QueryFirstOrDefaultAsync<StoredDocument>(
            "SELECT Id, Type, Content, Version FROM Document WHERE Type = @type ORDER BY Id LIMIT 1", new { type });
        if (row is null)
        {
            await InsertDocumentAsync(type, content);
        }
        else if (row.Content != content)
        {
            await UpdateDocumentAsync(row.Id, content);
        }
    }
}
