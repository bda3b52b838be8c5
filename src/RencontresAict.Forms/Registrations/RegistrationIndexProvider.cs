using System.Globalization;
using System.Text;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Forms.Registrations;

/// <summary>Keeps the RegistrationIndex row of the latest version of each Registration, in the transaction that stores it.</summary>
public sealed class RegistrationIndexProvider : IContentIndexProvider
{
    public const string ContentType = "Registration";

    public Task DeleteAsync(DocumentSession session, long documentId) =>
        session.ExecuteAsync("DELETE FROM RegistrationIndex WHERE DocumentId = @documentId", new { documentId });

    public async Task IndexAsync(DocumentSession session, ContentItem item, ContentTypeDefinitionRecord? type, ContentDefinitionDocument definitions)
    {
        if (item.ContentType != ContentType || !item.Latest)
        {
            return;
        }

        await session.ExecuteAsync(
            """
            INSERT INTO RegistrationIndex (DocumentId, ContentItemId, EditionContentItemId, EmailKey, Status, CreatedUtc)
            VALUES (@Id, @ContentItemId, @Edition, @EmailKey, @Status, @CreatedUtc)
            """,
            new
            {
                item.Id,
                item.ContentItemId,
                Edition = JsonPaths.GetStrings(item.Content, ContentType, "Edition", "ContentItemIds") is [var edition, ..] ? edition : "",
                EmailKey = NormalizeEmail(JsonPaths.GetString(item.Content, ContentType, "Email", "Text")),
                Status = JsonPaths.GetString(item.Content, ContentType, "Status", "Text") ?? RegistrationStatus.Pending,
                CreatedUtc = (item.CreatedUtc ?? DateTime.UnixEpoch).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            });
    }

    /// <summary>The key two spellings of one address share: trimmed, Unicode-normalised, lower-case.</summary>
    public static string NormalizeEmail(string? email) =>
        (email ?? "").Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
}
