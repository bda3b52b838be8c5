namespace RencontresAict.Content.ContentManagement;

/// <summary>Publishing or unpublishing: <see cref="PreviousItem"/> is the version that was live before, if any.</summary>
public sealed class PublishContentContext(ContentItem contentItem, ContentItem? previousItem) : ContentContext(contentItem)
{
    public ContentItem? PreviousItem { get; } = previousItem;

    /// <summary>Set by a handler to stop the operation.</summary>
    public bool Cancel { get; set; }
}
