using System.Text.Json;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.ContentManagement;

/// <summary>Stores content versions as documents and keeps their index rows in step, in the session's transaction.</summary>
public sealed class ContentItemStore(DocumentSession session, ContentDefinitionManager definitions, IEnumerable<IContentIndexProvider> indexProviders)
{
    public const string DocumentType = "ContentItem";

    public DocumentSession Session => session;

    public async Task SaveAsync(ContentItem item)
    {
        var json = JsonSerializer.Serialize(item, ContentJson.Options);
        var isNew = item.Id == 0;
        if (isNew)
        {
            item.Id = await session.InsertDocumentAsync(DocumentType, json);
            item.DocumentVersion = 1;
        }
        else
        {
            if (!await session.UpdateDocumentAsync(item.Id, json, item.DocumentVersion))
            {
                throw new ContentConcurrencyException(item);
            }

            item.DocumentVersion++;
        }

        var all = await definitions.LoadAsync();
        var type = all.ContentTypeDefinitionRecords.Find(t => t.Name == item.ContentType);
        foreach (var provider in indexProviders)
        {
            if (!isNew)
            {
                await provider.DeleteAsync(session, item.Id); // a document just inserted has no index rows yet
            }

            await provider.IndexAsync(session, item, type, all);
        }
    }

    /// <summary>The item's published or latest version, found and read in one query (the index joined to Document).</summary>
    public async Task<ContentItem?> GetAsync(string contentItemId, bool published)
    {
        var row = await session.QueryFirstOrDefaultAsync<StoredDocument>(
            published
                ? "SELECT d.Id, d.Type, d.Content, d.Version FROM ContentItemIndex i JOIN Document d ON d.Id = i.DocumentId WHERE i.ContentItemId = @contentItemId AND i.Published = 1"
                : "SELECT d.Id, d.Type, d.Content, d.Version FROM ContentItemIndex i JOIN Document d ON d.Id = i.DocumentId WHERE i.ContentItemId = @contentItemId AND i.Latest = 1",
            new { contentItemId });
        return row is null ? null : Parse(row);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId)
    {
        var id = await session.QueryFirstOrDefaultAsync<long?>(
            "SELECT DocumentId FROM ContentItemIndex WHERE ContentItemVersionId = @contentItemVersionId", new { contentItemVersionId });
        return id is null ? null : await LoadAsync(id.Value);
    }

    /// <summary>Every stored version of an item, oldest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId)
    {
        var ids = await session.QueryAsync<long>(
            "SELECT DocumentId FROM ContentItemIndex WHERE ContentItemId = @contentItemId ORDER BY DocumentId", new { contentItemId });
        return await LoadManyAsync(ids);
    }

    public async Task<ContentItem?> LoadAsync(long documentId)
    {
        var row = await session.GetDocumentAsync(documentId);
        return row is null ? null : Parse(row);
    }

    /// <summary>Loads documents in the order of the ids given.</summary>
    public async Task<IReadOnlyList<ContentItem>> LoadManyAsync(IEnumerable<long> documentIds) =>
        (await session.GetDocumentsAsync(documentIds)).Select(Parse).ToList();

    /// <summary>A stored content document as its item.</summary>
    public static ContentItem Parse(StoredDocument row)
    {
        var item = JsonSerializer.Deserialize<ContentItem>(row.Content, ContentJson.Options)!;
        item.Id = row.Id;
        item.DocumentVersion = row.Version;
        return item;
    }
}
