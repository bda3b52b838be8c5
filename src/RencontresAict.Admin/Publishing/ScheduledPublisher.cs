using Microsoft.Extensions.Logging;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Publishing;

/// <summary>
/// Publishes the scheduled versions that are due. A version that is no longer the latest (edited or restored since)
/// is still published as scheduled only if it is the latest: otherwise its schedule is dropped and logged.
/// </summary>
public sealed class ScheduledPublisher(
    PublishScheduleStore schedules,
    ContentManager contents,
    DocumentSession session,
    TimeProvider clock,
    ILogger<ScheduledPublisher> logger)
{
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var published = 0;
        foreach (var due in await schedules.DueAsync(clock.GetUtcNow().UtcDateTime))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Claim first, then read the version inside the same write transaction: a concurrent publisher either
            // took the schedule already (nothing to do) or waits for this transaction and then finds nothing.
            if (!await schedules.TryClaimAsync(due))
            {
                await session.RollbackAsync();
                continue;
            }

            var version = await contents.Store.GetVersionAsync(due.ContentItemVersionId);
            if (version is { Latest: true, Published: false })
            {
                await contents.PublishAsync(version);
                published++;
                logger.LogInformation("Published {ContentType} {ContentItemId} as scheduled for {At}", version.ContentType, version.ContentItemId, due.PublishAtUtc);
            }
            else
            {
                logger.LogWarning("Dropped the schedule of {ContentItemId}: version {VersionId} is no longer the draft to publish", due.ContentItemId, due.ContentItemVersionId);
            }

            await session.SaveChangesAsync(cancellationToken);
        }

        return published;
    }
}
