namespace RencontresAict.Workflows.Activities;

/// <summary>Fires when a content item is created (input <c>ContentItem</c>, correlation id = its ContentItemId).</summary>
public sealed class ContentCreatedEvent : ContentEvent;
