using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// The content events (created, published, …), raised inline by the content handler with the item as input
/// <c>ContentItem</c> and its id as correlation id. <c>ContentTypeFilter</c> (empty: any type) narrows them.
/// </summary>
public abstract class ContentEvent : EventActivity
{
    public const string ContentItemKey = "ContentItem";

    public override Task<bool> CanExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        if (!workflow.Input.TryGetValue(ContentItemKey, out var value) || value is not ContentItem item)
        {
            return Task.FromResult(false);
        }

        var types = activity.GetStrings("ContentTypeFilter").Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        return Task.FromResult(types.Count == 0 || types.Contains(item.ContentType, StringComparer.Ordinal));
    }
}
