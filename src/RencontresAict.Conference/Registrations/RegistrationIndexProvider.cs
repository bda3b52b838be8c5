using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Text;

namespace RencontresAict.Conference.Registrations;

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

    public Task IndexAsync(DocumentSession session, ContentItem item, ContentTypeDefinitionRecord? type, ContentDefinitionDocument definitions) =>
        IndexAsync(session, item, keepApart: false);

    /// <summary>
    /// Indexes a registration again (<see cref="RegistrationIndexStartupTask"/>). Two live registrations of one person
    /// made before addresses were compared as they are now both stay listed: the second keeps its key of then.
    /// </summary>
    public async Task ReindexAsync(DocumentSession session, ContentItem item)
    {
        await DeleteAsync(session, item.Id);
        await IndexAsync(session, item, keepApart: true);
    }

    private async Task IndexAsync(DocumentSession session, ContentItem item, bool keepApart)
    {
        if (item.ContentType != ContentType || !item.Latest)
        {
            return;
        }

        string? Text(string field) => JsonPaths.GetString(item.Content, ContentType, field, "Text") is { } text ? TextNormalizer.WithoutBidiControls(text).Trim() : null;
        var status = Text("Status") ?? RegistrationStatus.Pending;
        var email = Text("Email");
        var edition = JsonPaths.GetStrings(item.Content, ContentType, "Edition", "ContentItemIds") is [var first, ..] ? first : "";
        var key = NormalizeEmail(email);
        if (keepApart && status != RegistrationStatus.Cancelled && await session.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM RegistrationIndex WHERE EditionContentItemId = @edition AND EmailKey = @key AND Status <> 'cancelled' AND DocumentId <> @Id",
                new { edition, key, item.Id }) > 0)
        {
            key = (email ?? "").Normalize(NormalizationForm.FormC).ToLowerInvariant();
        }

        await session.ExecuteAsync(
            """
            INSERT INTO RegistrationIndex (DocumentId, ContentItemId, EditionContentItemId, EmailKey, Status, CreatedUtc, FirstName, LastName, Organisation, SearchText)
            VALUES (@Id, @ContentItemId, @Edition, @EmailKey, @Status, @CreatedUtc, @FirstName, @LastName, @Organisation, @SearchText)
            """,
            new
            {
                item.Id,
                item.ContentItemId,
                Edition = edition,
                EmailKey = key,
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

    /// <summary>
    /// The key two spellings of one address share (<see cref="TextNormalizer.Key"/>): « alice@example.org », with a
    /// zero-width space after it, or with a full-width « ａ », is one person.
    /// </summary>
    public static string NormalizeEmail(string? email) => TextNormalizer.Key(email);

    /// <summary>Lower-case without accents ("Dupré" → "dupre"), so a search matches on SQLite and PostgreSQL alike.</summary>
    public static string Fold(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in TextNormalizer.WithoutInvisibles(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).Trim();
    }
}
