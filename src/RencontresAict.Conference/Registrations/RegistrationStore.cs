using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Registration queries on RegistrationIndex, in the scope's transaction. The locks make a check and the insert that
/// follows it one step (see <see cref="DocumentSession.LockUntilCommitAsync"/>): on SQLite the write transaction
/// already does; on PostgreSQL they are advisory locks held until commit.
/// </summary>
public sealed class RegistrationStore(DocumentSession session, ContentManager content)
{
    /// <summary>Every registration of the edition waits: for counting its seats (capacity, waiting list).</summary>
    public Task LockEditionAsync(string editionId) => session.LockUntilCommitAsync(EditionLock(editionId));

    /// <summary>
    /// Before checking that <paramref name="email"/> has no live registration and inserting one. When seats are
    /// counted the whole edition waits; otherwise only the same address does (the edition's lock is held shared, so
    /// a seat count still excludes it), and registrations of different people commit side by side.
    /// </summary>
    public async Task LockForRegistrationAsync(string editionId, string email, bool seatsCounted)
    {
        if (seatsCounted)
        {
            await LockEditionAsync(editionId);
            return;
        }

        await session.LockUntilCommitAsync(EditionLock(editionId), shared: true);
        await session.LockUntilCommitAsync(EditionLock(editionId) + ":" + RegistrationIndexProvider.NormalizeEmail(email));
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

    private static string EditionLock(string editionId) => "registration:" + editionId;
}
