namespace RencontresAict.Workflows.Activities;

/// <summary>Fires when a content item is draft saved (input <c>ContentItem</c>, correlation id = its ContentItemId).</summary>
public sealed class ContentDraftSavedEvent : ContentEvent;
