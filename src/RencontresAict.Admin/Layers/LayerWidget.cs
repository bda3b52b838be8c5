using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Layers;

/// <summary>A widget placed in a zone: its latest version, its type's name, its layer and place.</summary>
public sealed record LayerWidget(ContentItem Item, string TypeName, string Zone, string Layer, decimal Position, bool HasPublishedVersion)
{
    /// <summary>What the staff read for it: its title, else the start of its text, else the type's name.</summary>
    public string Text => Containers.WidgetText.Of(Item, TypeName);
}
