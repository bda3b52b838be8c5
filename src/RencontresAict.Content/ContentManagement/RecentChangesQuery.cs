namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// The latest versions of content items, most recently modified first, read from ContentItemIndex a page at a time so
/// that a caller who keeps only some of them (those a user may edit) loads no more than it looks at.
/// </summary>
public sealed class RecentChangesQuery(ContentItemStore store)
{
    private const int PageSize = 20;

    /// <summary>At most <paramref name="limit"/> latest versions, newest change first, leaving out <paramref name="excludedTypes"/>.</summary>
    public async IAsyncEnumerable<ContentItem> LatestFirstAsync(IReadOnlyCollection<string> excludedTypes, int limit)
    {
        // "" names no type: the list is never empty, which SQL's IN () would not accept.
        var excluded = excludedTypes.Append("").ToArray();
        for (var skip = 0; skip < limit; skip += PageSize)
        {
            var ids = (await store.Session.QueryAsync<long>(
                """
                SELECT DocumentId FROM ContentItemIndex
                WHERE Latest = 1 AND ContentType NOT IN @excludedTypes
                ORDER BY ModifiedUtc DESC, DocumentId DESC LIMIT @take OFFSET @skip
                """,
                new { excludedTypes = excluded, take = Math.Min(PageSize, limit - skip), skip })).ToList();
            foreach (var item in await store.LoadManyAsync(ids))
            {
                yield return item;
            }

            if (ids.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
