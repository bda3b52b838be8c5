using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Lists;

/// <summary>
/// The published items of a list (their <c>ContainedPart.ListContentItemId</c>) or tagged with a taxonomy term (a
/// TaxonomyField naming it), newest first by creation date, one page at a time: read from ContentFieldIndex.
/// </summary>
public sealed class ContainedItemsQuery(ContentItemStore store)
{
    /// <summary>One page (from 1) of the list's items, and whether a next page exists.</summary>
    public Task<(IReadOnlyList<ContentItem> Items, bool HasMore)> ListAsync(string listContentItemId, int page, int pageSize) =>
        PageAsync("f.ContentPart = 'ContainedPart' AND f.ContentField = 'ListContentItemId' AND f.Text = @id", listContentItemId, page, pageSize);

    public Task<(IReadOnlyList<ContentItem> Items, bool HasMore)> TaggedAsync(string termContentItemId, int page, int pageSize) =>
        PageAsync("f.Text = @id AND f.ContentPart <> 'ContainedPart'", termContentItemId, page, pageSize);

    private async Task<(IReadOnlyList<ContentItem>, bool)> PageAsync(string where, string id, int page, int pageSize)
    {
        var ids = (await store.Session.QueryAsync<long>(
            $"""
            SELECT DISTINCT f.DocumentId, i.CreatedUtc FROM ContentFieldIndex f JOIN ContentItemIndex i ON i.DocumentId = f.DocumentId
            WHERE {where} AND f.Published = 1
            ORDER BY i.CreatedUtc DESC, f.DocumentId DESC LIMIT @take OFFSET @skip
            """,
            new { id, take = pageSize + 1, skip = (Math.Max(page, 1) - 1) * pageSize })).ToList();
        var items = await store.LoadManyAsync(ids.Take(pageSize));
        return (items, ids.Count > pageSize);
    }
}
