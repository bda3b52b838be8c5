using System.Text.Json.Nodes;

namespace RencontresAict.Content.Metadata;

/// <summary>A content type as Orchard Core stores and exports it (ContentDefinition recipe step, "ContentTypes").</summary>
public sealed class ContentTypeDefinitionRecord
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Settings keyed by settings class name, e.g. <c>ContentTypeSettings</c>.</summary>
    public JsonObject Settings { get; set; } = [];

    public List<ContentTypePartDefinitionRecord> ContentTypePartDefinitionRecords { get; set; } = [];
}
