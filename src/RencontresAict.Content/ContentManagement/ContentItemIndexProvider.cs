using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.ContentManagement;

/// <summary>One ContentItemIndex row per version, and one AutoroutePartIndex row when it has a path.</summary>
public sealed class ContentItemIndexProvider : IContentIndexProvider
{
    public async Task DeleteAsync(DocumentSession session, long documentId)
    {
        await session.ExecuteAsync("DELETE FROM ContentItemIndex WHERE DocumentId = @documentId", new { documentId });
        await session.ExecuteAsync("DELETE FROM AutoroutePartIndex WHERE DocumentId = @documentId", new { documentId });
    }

    public async Task IndexAsync(DocumentSession session, ContentItem item, ContentTypeDefinitionRecord? type, ContentDefinitionDocument definitions)
    {
        await session.ExecuteAsync(
            """
            INSERT INTO ContentItemIndex (DocumentId, ContentItemId, ContentItemVersionId, ContentType, DisplayText, Latest,
                Published, CreatedUtc, ModifiedUtc, PublishedUtc, Owner, Author)
            VALUES (@Id, @ContentItemId, @ContentItemVersionId, @ContentType, @DisplayText, @Latest, @Published,
                @CreatedUtc, @ModifiedUtc, @PublishedUtc, @Owner, @Author)
            """,
            new
            {
                item.Id, item.ContentItemId, item.ContentItemVersionId, item.ContentType, item.DisplayText,
                Latest = item.Latest ? 1 : 0, Published = item.Published ? 1 : 0,
                CreatedUtc = Format(item.CreatedUtc), ModifiedUtc = Format(item.ModifiedUtc),
                PublishedUtc = Format(item.PublishedUtc), item.Owner, item.Author,
            });

        var path = item.GetText("AutoroutePart", "Path");
        if (!string.IsNullOrWhiteSpace(path) && (item.Latest || item.Published))
        {
            await session.ExecuteAsync(
                "INSERT INTO AutoroutePartIndex (DocumentId, ContentItemId, Path, Latest, Published) VALUES (@Id, @ContentItemId, @Path, @Latest, @Published)",
                new { item.Id, item.ContentItemId, Path = path.Trim('/'), Latest = item.Latest ? 1 : 0, Published = item.Published ? 1 : 0 });
        }
    }

    internal static string? Format(DateTime? value) => value is null ? null : ContentItemJsonConverter.FormatDate(value.Value);
}
