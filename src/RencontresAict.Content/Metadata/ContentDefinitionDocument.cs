namespace RencontresAict.Content.Metadata;

/// <summary>All content definitions of the site, stored as one document like Orchard's ContentDefinitionRecord.</summary>
public sealed class ContentDefinitionDocument
{
    public List<ContentTypeDefinitionRecord> ContentTypeDefinitionRecords { get; set; } = [];

    public List<ContentPartDefinitionRecord> ContentPartDefinitionRecords { get; set; } = [];
}
