using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// What <c>shape_build_display</c> gives a template: an item to be shown in a display type, in its container
/// (a flow widget's page); <c>shape_render</c> turns it into HTML through the item's own template.
/// </summary>
public sealed record ContentShape(ContentItem ContentItem, string DisplayType, ContentItem? Container);
