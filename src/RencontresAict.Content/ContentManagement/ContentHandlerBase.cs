namespace RencontresAict.Content.ContentManagement;

/// <summary>A handler that does nothing at every step; override the steps that matter.</summary>
public abstract class ContentHandlerBase : IContentHandler
{
    public virtual Task InitializingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task CreatingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task CreatedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task UpdatingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task UpdatedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task ValidatingAsync(ValidateContentContext context) => Task.CompletedTask;

    public virtual Task VersioningAsync(VersionContentContext context) => Task.CompletedTask;

    public virtual Task VersionedAsync(VersionContentContext context) => Task.CompletedTask;

    public virtual Task DraftSavedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task PublishingAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task PublishedAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task UnpublishingAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task UnpublishedAsync(PublishContentContext context) => Task.CompletedTask;

    public virtual Task RemovingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task RemovedAsync(ContentContext context) => Task.CompletedTask;
}
