namespace RencontresAict.Content.ContentManagement;

/// <summary>What a handler sees of a lifecycle step: the version concerned and, for publishing and versioning, the other one.</summary>
public class ContentContext(ContentItem contentItem)
{
    public ContentItem ContentItem { get; } = contentItem;
}
