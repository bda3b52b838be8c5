namespace RencontresAict.Content.ContentManagement;

/// <summary>A new draft is being made from <see cref="ExistingItem"/>.</summary>
public sealed class VersionContentContext(ContentItem existingItem, ContentItem buildingItem) : ContentContext(buildingItem)
{
    public ContentItem ExistingItem { get; } = existingItem;

    public ContentItem BuildingItem => ContentItem;
}
