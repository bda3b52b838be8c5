using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Admin.Containers;

/// <summary>
/// What an item's editor shows below its form when the item holds others: the widgets of its FlowPart (null when it
/// has none the admin edits) with the types one may add, and the items of its ListPart, newest first, with the types a
/// new one may be.
/// </summary>
public sealed record ContainerView(
    string? FlowPart,
    IReadOnlyList<ContentItem> FlowWidgets,
    IReadOnlyList<ContentTypeDefinitionRecord> FlowWidgetTypes,
    bool IsList,
    IReadOnlyList<ContentItem> ListItems,
    IReadOnlyList<ContentTypeDefinitionRecord> ContainedTypes)
{
    public static ContainerView None { get; } = new(null, [], [], false, [], []);

    public bool IsEmpty => FlowPart is null && !IsList;
}
