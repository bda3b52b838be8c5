using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Content;

/// <summary>
/// Raises the content events through the workflow manager, inline and in the content operation's transaction:
/// input <c>ContentItem</c> (the item as it is at that step) and <c>ContentEvent</c>, correlation id = ContentItemId.
/// </summary>
public sealed class WorkflowContentHandler(WorkflowManager workflows) : ContentHandlerBase
{
    public override Task CreatedAsync(ContentContext context) => TriggerAsync(nameof(ContentCreatedEvent), context.ContentItem);

    public override Task UpdatedAsync(ContentContext context) => TriggerAsync(nameof(ContentUpdatedEvent), context.ContentItem);

    public override Task DraftSavedAsync(ContentContext context) => TriggerAsync(nameof(ContentDraftSavedEvent), context.ContentItem);

    public override Task PublishedAsync(PublishContentContext context) => TriggerAsync(nameof(ContentPublishedEvent), context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => TriggerAsync(nameof(ContentUnpublishedEvent), context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => TriggerAsync(nameof(ContentDeletedEvent), context.ContentItem);

    public override Task VersionedAsync(VersionContentContext context) => TriggerAsync(nameof(ContentVersionedEvent), context.ContentItem);

    private async Task TriggerAsync(string eventName, ContentItem item) =>
        await workflows.TriggerEventAsync(
            eventName,
            new Dictionary<string, object?>
            {
                [ContentEvent.ContentItemKey] = item,
                ["ContentEvent"] = new Dictionary<string, object?>
                {
                    ["Name"] = eventName,
                    ["ContentType"] = item.ContentType,
                    ["ContentItemId"] = item.ContentItemId,
                    ["ContentItemVersionId"] = item.ContentItemVersionId,
                },
            },
            item.ContentItemId);
}
