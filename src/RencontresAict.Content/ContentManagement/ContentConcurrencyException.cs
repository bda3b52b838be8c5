namespace RencontresAict.Content.ContentManagement;

/// <summary>The version was changed by someone else since it was loaded; nothing was overwritten.</summary>
public sealed class ContentConcurrencyException(ContentItem item)
    : Exception($"{item.ContentType} '{item.DisplayText ?? item.ContentItemId}' was changed by someone else meanwhile.");
