using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Forms.Registrations;

/// <summary>
/// Keeps the RegistrationIndex row of the latest version of each Registration, in the transaction that stores it, and
/// adds a RegistrationHistoryIndex row whenever its status differs from the last one recorded, with the signed-in
/// user who caused it (empty: the visitor or the site itself).
/// </summary>
public sealed class RegistrationIndexProvider(IHttpContextAccessor http) : IContentIndexProvider
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

        string? Text(string field) => JsonPaths.GetString(item.Content, ContentType, field, "Text")?.Trim();
        var status = Text("Status") ?? RegistrationStatus.Pending;
        var email = Text("Email");
        await session.ExecuteAsync(
            """
            INSERT INTO RegistrationIndex (DocumentId, ContentItemId, EditionContentItemId, EmailKey, Status, CreatedUtc, FirstName, LastName, Organisation, SearchText)
            VALUES (@Id, @ContentItemId, @Edition, @EmailKey, @Status, @CreatedUtc, @FirstName, @LastName, @Organisation, @SearchText)
            """,
            new
            {
                item.Id,
                item.ContentItemId,
                Edition = JsonPaths.GetStrings(item.Content, ContentType, "Edition", "ContentItemIds") is [var edition, ..] ? edition : "",
                EmailKey = NormalizeEmail(email),
                Status = status,
                CreatedUtc = (item.CreatedUtc ?? DateTime.UnixEpoch).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                FirstName = Text("FirstName") ?? "",
                LastName = Text("LastName") ?? "",
                Organisation = Text("OrganisationName") ?? "",
                SearchText = Fold(string.Join(' ', Text("FirstName"), Text("LastName"), email, Text("OrganisationName"))),
            });

        var last = await session.QueryFirstOrDefaultAsync<string?>(
            "SELECT Status FROM RegistrationHistoryIndex WHERE ContentItemId = @ContentItemId ORDER BY Id DESC LIMIT 1",
            new { item.ContentItemId });
        if (last != status)
        {
            await session.ExecuteAsync(
                "INSERT INTO RegistrationHistoryIndex (ContentItemId, Status, Actor, CreatedUtc) VALUES (@ContentItemId, @status, @actor, @now)",
                new
                {
                    item.ContentItemId,
                    status,
                    actor = http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "",
                    now = (item.ModifiedUtc ?? item.CreatedUtc ?? DateTime.UnixEpoch).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                });
        }
    }

    /// <summary>The key two spellings of one address share: trimmed, Unicode-normalised, lower-case.</summary>
    public static string NormalizeEmail(string? email) =>
        (email ?? "").Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>Lower-case without accents ("Dupré" → "dupre"), so a search matches on SQLite and PostgreSQL alike.</summary>
    public static string Fold(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).Trim();
    }
}
