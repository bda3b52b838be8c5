namespace RencontresAict.Workflows.Activities;

/// <summary>Fires when a content item is updated (input <c>ContentItem</c>, correlation id = its ContentItemId).</summary>
public sealed class ContentUpdatedEvent : ContentEvent;
