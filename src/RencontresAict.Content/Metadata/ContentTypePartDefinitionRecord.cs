using System.Text.Json.Nodes;

namespace RencontresAict.Content.Metadata;

/// <summary>A part attached to a type: <c>PartName</c> is the part definition, <c>Name</c> its name on the type.</summary>
public sealed class ContentTypePartDefinitionRecord
{
    public string PartName { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Settings keyed by class name: ContentTypePartSettings, AutoroutePartSettings, TitlePartSettings, …</summary>
    public JsonObject Settings { get; set; } = [];
}
