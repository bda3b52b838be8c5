using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Registration queries on RegistrationIndex, in the scope's transaction. <see cref="LockEditionAsync"/> makes the
/// duplicate and capacity checks and the insert one step: SQLite's write transaction already serializes them; on
/// PostgreSQL a transaction-scoped advisory lock per edition does.
/// </summary>
public sealed class RegistrationStore(DocumentSession session, ContentManager content)
{
    public async Task LockEditionAsync(string editionId)
    {
        await session.BeginWriteAsync();
        if (session.Database.ProviderName == "Postgres")
        {
            await session.ExecuteScalarAsync<object>("SELECT pg_advisory_xact_lock(hashtext(@key))", new { key = "registration:" + editionId });
        }
    }

    /// <summary>The live (not cancelled) registration of this address for this edition, if any.</summary>
    public async Task<ContentItem?> FindLiveAsync(string editionId, string email)
    {
        var id = await session.QueryFirstOrDefaultAsync<string?>(
            "SELECT ContentItemId FROM RegistrationIndex WHERE EditionContentItemId = @editionId AND EmailKey = @key AND Status <> 'cancelled'",
            new { editionId, key = RegistrationIndexProvider.NormalizeEmail(email) });
        return id is null ? null : await content.GetAsync(id, VersionOptions.Latest);
    }

    /// <summary>Seats taken: pending and confirmed registrations.</summary>
    public async Task<int> CountSeatsTakenAsync(string editionId) =>
        (int)await session.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM RegistrationIndex WHERE EditionContentItemId = @editionId AND Status IN ('pending', 'confirmed')",
            new { editionId });

    /// <summary>The person who has waited longest.</summary>
    public async Task<ContentItem?> FirstWaitingAsync(string editionId)
    {
        var id = await session.QueryFirstOrDefaultAsync<string?>(
            """
            SELECT ContentItemId FROM RegistrationIndex WHERE EditionContentItemId = @editionId AND Status = 'waiting'
            ORDER BY CreatedUtc, DocumentId LIMIT 1
            """,
            new { editionId });
        return id is null ? null : await content.GetAsync(id, VersionOptions.Latest);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(string editionId) =>
        (await session.QueryAsync<(string Status, long Count)>(
            "SELECT Status, COUNT(*) FROM RegistrationIndex WHERE EditionContentItemId = @editionId GROUP BY Status", new { editionId }))
        .ToDictionary(r => r.Status, r => (int)r.Count, StringComparer.Ordinal);
}
