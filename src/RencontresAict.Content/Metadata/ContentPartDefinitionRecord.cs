using System.Text.Json.Nodes;

namespace RencontresAict.Content.Metadata;

/// <summary>A part definition and its fields (ContentDefinition recipe step, "ContentParts").</summary>
public sealed class ContentPartDefinitionRecord
{
    public string Name { get; set; } = "";

    public JsonObject Settings { get; set; } = [];

    public List<ContentPartFieldDefinitionRecord> ContentPartFieldDefinitionRecords { get; set; } = [];
}
