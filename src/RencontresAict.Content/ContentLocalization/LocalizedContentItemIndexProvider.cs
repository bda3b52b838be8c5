using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.ContentLocalization;

/// <summary>Writes the LocalizedContentItemIndex row of a version whose LocalizationPart names a set and a culture.</summary>
public sealed class LocalizedContentItemIndexProvider : IContentIndexProvider
{
    public Task DeleteAsync(DocumentSession session, long documentId) =>
        session.ExecuteAsync("DELETE FROM LocalizedContentItemIndex WHERE DocumentId = @documentId", new { documentId });

    public async Task IndexAsync(DocumentSession session, ContentItem item, ContentTypeDefinitionRecord? type, ContentDefinitionDocument definitions)
    {
        var part = item.GetPart(nameof(LocalizationPart)) is null ? null : item.As<LocalizationPart>();
        if (string.IsNullOrWhiteSpace(part?.LocalizationSet) || string.IsNullOrWhiteSpace(part.Culture) || !(item.Latest || item.Published))
        {
            return;
        }

        await session.ExecuteAsync(
            """
            INSERT INTO LocalizedContentItemIndex (DocumentId, ContentItemId, ContentType, LocalizationSet, Culture, Latest, Published)
            VALUES (@Id, @ContentItemId, @ContentType, @LocalizationSet, @Culture, @Latest, @Published)
            """,
            new
            {
                item.Id, item.ContentItemId, item.ContentType, part.LocalizationSet, part.Culture,
                Latest = item.Latest ? 1 : 0, Published = item.Published ? 1 : 0,
            });
    }
}
