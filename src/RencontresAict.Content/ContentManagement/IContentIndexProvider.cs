using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.ContentManagement;

/// <summary>Writes the index rows of one stored version, in the transaction that stores it.</summary>
public interface IContentIndexProvider
{
    Task DeleteAsync(DocumentSession session, long documentId);

    Task IndexAsync(DocumentSession session, ContentItem item, ContentTypeDefinitionRecord? type, ContentDefinitionDocument definitions);
}
