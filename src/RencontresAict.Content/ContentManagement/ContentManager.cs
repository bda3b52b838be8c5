using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// The content lifecycle as Orchard Core runs it: new, create, update, save draft, publish, unpublish, new version,
/// remove and import, each step announced to the handlers. Nothing is durable until the session is saved.
/// </summary>
public sealed class ContentManager(
    ContentItemStore store,
    ContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    IdGenerator ids,
    TimeProvider clock)
{
    private readonly IContentHandler[] _handlers = handlers.ToArray();

    public ContentItemStore Store => store;

    public async Task<ContentItem> NewAsync(string contentType)
    {
        var type = await definitions.GetTypeDefinitionAsync(contentType)
            ?? throw new ContentDefinitionException($"Unknown content type '{contentType}'.");
        var item = new ContentItem { ContentItemId = ids.GenerateUniqueId(), ContentType = type.Name };
        foreach (var part in type.ContentTypePartDefinitionRecords)
        {
            item.GetOrCreatePart(part.Name);
        }

        await InvokeAsync(h => h.InitializingAsync(new ContentContext(item)));
        return item;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published) =>
        options switch
        {
            VersionOptions.Published => await store.GetAsync(contentItemId, published: true),
            VersionOptions.Latest => await store.GetAsync(contentItemId, published: false),
            _ => await GetOrCreateDraftAsync(contentItemId),
        };

    public Task<IReadOnlyList<ContentItem>> GetAllVersionsAsync(string contentItemId) => store.GetVersionsAsync(contentItemId);

    /// <summary>Stores a new item, then publishes it or leaves it as a draft.</summary>
    public async Task CreateAsync(ContentItem item, bool publish = true)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = ids.GenerateUniqueId();
        }

        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.Latest = true;
        item.Published = false;
        await InvokeAsync(h => h.CreatingAsync(new ContentContext(item)));
        await ValidateOrThrowAsync(item);
        await store.SaveAsync(item);
        await InvokeAsync(h => h.CreatedAsync(new ContentContext(item)));
        if (publish)
        {
            await PublishAsync(item);
        }
        else
        {
            await InvokeAsync(h => h.DraftSavedAsync(new ContentContext(item)));
        }
    }

    /// <summary>Saves changes to a stored version in place.</summary>
    public async Task UpdateAsync(ContentItem item)
    {
        item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await InvokeAsync(h => h.UpdatingAsync(new ContentContext(item)));
        await ValidateOrThrowAsync(item);
        await store.SaveAsync(item);
        await InvokeAsync(h => h.UpdatedAsync(new ContentContext(item)));
    }

    /// <summary>Saves a draft that the public does not see until it is published.</summary>
    public async Task SaveDraftAsync(ContentItem item)
    {
        if (item.Published)
        {
            throw new InvalidOperationException("Load the item with VersionOptions.DraftRequired before saving a draft.");
        }

        item.Latest = true;
        await UpdateAsync(item);
        await InvokeAsync(h => h.DraftSavedAsync(new ContentContext(item)));
    }

    public async Task PublishAsync(ContentItem item)
    {
        if (item.Published)
        {
            return;
        }

        var previous = await store.GetAsync(item.ContentItemId, published: true);
        var context = new PublishContentContext(item, previous);
        await InvokeAsync(h => h.PublishingAsync(context));
        if (context.Cancel)
        {
            return;
        }

        await DemoteOtherVersionsAsync(item, published: true, latest: true);
        item.Published = true;
        item.Latest = true;
        item.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveAsync(item);
        await InvokeAsync(h => h.PublishedAsync(context));
    }

    public async Task UnpublishAsync(ContentItem item)
    {
        var published = item.Published ? item : await store.GetAsync(item.ContentItemId, published: true);
        if (published is null)
        {
            return;
        }

        var context = new PublishContentContext(published, published);
        await InvokeAsync(h => h.UnpublishingAsync(context));
        published.Published = false;
        await store.SaveAsync(published);
        await InvokeAsync(h => h.UnpublishedAsync(context));
    }

    /// <summary>Makes a new draft version from <paramref name="existing"/> (the latest, or an older one to restore).</summary>
    public async Task<ContentItem> NewVersionAsync(ContentItem existing)
    {
        var building = existing.Clone();
        building.Id = 0;
        building.DocumentVersion = 0;
        building.ContentItemVersionId = ids.GenerateUniqueId();
        building.Latest = true;
        building.Published = false;
        var context = new VersionContentContext(existing, building);
        await InvokeAsync(h => h.VersioningAsync(context));
        await DemoteOtherVersionsAsync(building, published: false, latest: true);
        building.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveAsync(building);
        await InvokeAsync(h => h.VersionedAsync(context));
        return building;
    }

    /// <summary>Removes the item: every version loses its Latest and Published flags; rows stay for history.</summary>
    public async Task RemoveAsync(ContentItem item)
    {
        var context = new ContentContext(item);
        await InvokeAsync(h => h.RemovingAsync(context));
        foreach (var version in await store.GetVersionsAsync(item.ContentItemId))
        {
            if (version.Latest || version.Published)
            {
                version.Latest = false;
                version.Published = false;
                await store.SaveAsync(version);
            }
        }

        item.Latest = false;
        item.Published = false;
        await InvokeAsync(h => h.RemovedAsync(context));
    }

    public async Task<IReadOnlyList<ContentValidationError>> ValidateAsync(ContentItem item)
    {
        var context = new ValidateContentContext(item);
        await InvokeAsync(h => h.ValidatingAsync(context));
        return context.Errors;
    }

    /// <summary>
    /// Imports an item as Orchard's ImportAsync does, so that importing the same item again updates it in place;
    /// see <see cref="ContentImporter"/>.
    /// </summary>
    public Task ImportAsync(ContentItem imported) => new ContentImporter(this, store, definitions, ids, clock).ImportAsync(imported);

    private async Task<ContentItem> GetOrCreateDraftAsync(string contentItemId)
    {
        var latest = await store.GetAsync(contentItemId, published: false)
            ?? throw new KeyNotFoundException($"No content item '{contentItemId}'.");
        return latest.Published ? await NewVersionAsync(latest) : latest;
    }

    internal async Task DemoteOtherVersionsAsync(ContentItem item, bool published, bool latest)
    {
        foreach (var version in await store.GetVersionsAsync(item.ContentItemId))
        {
            if (version.ContentItemVersionId == item.ContentItemVersionId)
            {
                continue;
            }

            var changed = false;
            if (published && version.Published)
            {
                version.Published = false;
                changed = true;
            }

            if (latest && version.Latest)
            {
                version.Latest = false;
                changed = true;
            }

            if (changed)
            {
                await store.SaveAsync(version);
            }
        }
    }

    internal async Task ValidateOrThrowAsync(ContentItem item)
    {
        var errors = await ValidateAsync(item);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(item, errors);
        }
    }

    internal async Task InvokeAsync(Func<IContentHandler, Task> step)
    {
        foreach (var handler in _handlers)
        {
            await step(handler);
        }
    }
}
