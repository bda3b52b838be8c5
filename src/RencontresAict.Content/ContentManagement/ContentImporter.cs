using System.Text.Json.Nodes;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// Imports items as Orchard's ImportAsync does (recipes, the content API): a known version id updates that version
/// (JSON-merged, arrays replaced); an unknown one becomes a new version, published, draft or archived as its flags
/// say; the imported dates, owner and author are kept. Two choices make a second import of the same recipe change
/// nothing: an item given without a version id updates its latest version instead of adding one (Orchard adds one),
/// and a version is saved only when the import changes it, as compared after the updating handlers have run.
/// </summary>
internal sealed class ContentImporter(
    ContentManager manager,
    ContentItemStore store,
    ContentDefinitionManager definitions,
    IdGenerator ids,
    TimeProvider clock)
{
    public async Task ImportAsync(ContentItem imported)
    {
        if (string.IsNullOrWhiteSpace(imported.ContentItemId))
        {
            throw new InvalidOperationException("The content item is missing a 'ContentItemId'.");
        }

        if (await definitions.GetTypeDefinitionAsync(imported.ContentType) is null)
        {
            throw new ContentDefinitionException($"Unknown content type '{imported.ContentType}'.");
        }

        // The flags asked for; creating the version resets them on the imported object itself.
        var (latest, published) = (imported.Latest, imported.Published);
        var kept = new ImportedMetadata(imported.ModifiedUtc, imported.PublishedUtc, imported.CreatedUtc, imported.Owner, imported.Author);
        if (string.IsNullOrWhiteSpace(imported.ContentItemVersionId))
        {
            var current = latest || published ? await store.GetAsync(imported.ContentItemId, published: false) : null;
            imported.ContentItemVersionId = current?.ContentItemVersionId ?? ids.GenerateUniqueId();
        }

        var existing = await store.GetVersionAsync(imported.ContentItemVersionId);
        ContentItem target;
        if (existing is not null)
        {
            if (existing.ContentItemId != imported.ContentItemId)
            {
                throw new InvalidOperationException(
                    $"The version '{imported.ContentItemVersionId}' belongs to the content item '{existing.ContentItemId}', not '{imported.ContentItemId}'.");
            }

            if (!await UpdateIfChangedAsync(existing, imported, kept))
            {
                return;
            }

            target = existing;
        }
        else
        {
            target = imported;
            if (!latest && !published)
            {
                // An archived version: stored as history, invisible.
                target.ModifiedUtc ??= clock.GetUtcNow().UtcDateTime;
                await manager.ValidateOrThrowAsync(target);
                await store.SaveAsync(target);
                return;
            }

            await manager.DemoteOtherVersionsAsync(target, published: false, latest: true);
            await manager.CreateAsync(target, publish: false);
        }

        if (published && !target.Published)
        {
            await manager.PublishAsync(target);
        }
        else if (!published && target.Published)
        {
            await manager.UnpublishAsync(target);
        }

        if (latest && !target.Latest)
        {
            await manager.DemoteOtherVersionsAsync(target, published: false, latest: true);
            target.Latest = true;
        }

        kept.RestoreOn(target);
        await store.SaveAsync(target);
    }

    /// <summary>Merges the import into a stored version; false (and nothing saved) when that changes nothing.</summary>
    private async Task<bool> UpdateIfChangedAsync(ContentItem existing, ContentItem imported, ImportedMetadata kept)
    {
        var before = (Content: existing.Content.DeepClone(), existing.DisplayText);
        JsonPaths.Merge(existing.Content, imported.Content);
        if (imported.DisplayText is not null)
        {
            existing.DisplayText = imported.DisplayText;
        }

        await manager.InvokeAsync(h => h.UpdatingAsync(new ContentContext(existing)));
        if (JsonNode.DeepEquals(before.Content, existing.Content)
            && before.DisplayText == existing.DisplayText
            && existing.Published == imported.Published
            && existing.Latest == imported.Latest
            && kept.IsAlreadyOn(existing))
        {
            return false;
        }

        existing.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await manager.ValidateOrThrowAsync(existing);
        await store.SaveAsync(existing);
        await manager.InvokeAsync(h => h.UpdatedAsync(new ContentContext(existing)));
        return true;
    }

    private sealed record ImportedMetadata(DateTime? Modified, DateTime? Published, DateTime? Created, string? Owner, string? Author)
    {
        public void RestoreOn(ContentItem target)
        {
            target.ModifiedUtc = Modified ?? target.ModifiedUtc;
            target.PublishedUtc = Published ?? target.PublishedUtc;
            target.CreatedUtc = Created ?? target.CreatedUtc;
            target.Owner = string.IsNullOrEmpty(Owner) ? target.Owner : Owner;
            target.Author = string.IsNullOrEmpty(Author) ? target.Author : Author;
        }

        public bool IsAlreadyOn(ContentItem target) =>
            (Modified is null || Modified == target.ModifiedUtc)
            && (Published is null || Published == target.PublishedUtc)
            && (Created is null || Created == target.CreatedUtc)
            && (string.IsNullOrEmpty(Owner) || Owner == target.Owner)
            && (string.IsNullOrEmpty(Author) || Author == target.Author);
    }
}
