namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// Lifecycle of content items, step by step, as Orchard Core names them. Handlers run in registration order;
/// derive from <see cref="ContentHandlerBase"/> and override the steps you need.
/// </summary>
public interface IContentHandler
{
    Task InitializingAsync(ContentContext context);

    Task CreatingAsync(ContentContext context);

    Task CreatedAsync(ContentContext context);

    Task UpdatingAsync(ContentContext context);

    Task UpdatedAsync(ContentContext context);

    Task ValidatingAsync(ValidateContentContext context);

    Task VersioningAsync(VersionContentContext context);

    Task VersionedAsync(VersionContentContext context);

    Task DraftSavedAsync(ContentContext context);

    Task PublishingAsync(PublishContentContext context);

    Task PublishedAsync(PublishContentContext context);

    Task UnpublishingAsync(PublishContentContext context);

    Task UnpublishedAsync(PublishContentContext context);

    Task RemovingAsync(ContentContext context);

    Task RemovedAsync(ContentContext context);
}
