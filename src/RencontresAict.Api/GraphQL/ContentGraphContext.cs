using RencontresAict.Api.Queries;
using RencontresAict.Api.Security;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.GraphQL;

/// <summary>
/// What resolvers of one GraphQL request share: the caller, the definitions, the query runner of the request's
/// scope, and picked items already loaded (a list prefetches its items' picks in one query).
/// </summary>
public sealed class ContentGraphContext(ApiCaller caller, ContentDefinitionDocument definitions, ContentQueryRunner queries)
    : Dictionary<string, object?>
{
    private readonly Dictionary<string, ContentItem?> _items = new(StringComparer.Ordinal);

    public ApiCaller Caller { get; } = caller;

    public ContentDefinitionDocument Definitions { get; } = definitions;

    public ContentQueryRunner Queries { get; } = queries;

    /// <summary>The caller may see items of this type (personal data only with the type's permission).</summary>
    public bool CanSee(ContentItem item) =>
        Definitions.ContentTypeDefinitionRecords.Find(t => t.Name == item.ContentType) is { } type && Caller.CanRead(type, publishedOnly: item.Published);

    /// <summary>Loads the published items not yet known, in one query; later calls for them cost nothing.</summary>
    public async Task PrefetchAsync(IEnumerable<string> contentItemIds)
    {
        var missing = contentItemIds.Where(id => !_items.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var loaded = (await Queries.LoadItemsAsync(missing)).ToDictionary(i => i.ContentItemId);
        foreach (var id in missing)
        {
            _items[id] = loaded.GetValueOrDefault(id);
        }
    }

    /// <summary>The published items with these ids that the caller may see, in the order given.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetVisibleItemsAsync(IReadOnlyList<string> contentItemIds)
    {
        await PrefetchAsync(contentItemIds);
        return contentItemIds.Select(id => _items.GetValueOrDefault(id)).OfType<ContentItem>().Where(CanSee).ToList();
    }
}
