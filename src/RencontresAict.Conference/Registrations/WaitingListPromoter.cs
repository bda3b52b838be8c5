using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Gives a freed seat to the person who has waited longest for the edition: they move from waiting to pending and the
/// <c>SignalEvent</c> named by the caller (default "Promote") is raised for their registration, so their own workflow tells them.
/// Used by PromoteWaitingListTask (the visitor's cancellation) and by a staff cancellation that no workflow handles.
/// </summary>
public sealed class WaitingListPromoter(ContentManager content, RegistrationStore registrations, WorkflowManager manager, TimeProvider clock)
{
    public const string DefaultSignal = "Promote";

    /// <summary>The promoted registration, or null when nobody waits or the edition is still full.</summary>
    public async Task<ContentItem?> PromoteAsync(EditionFacts edition, string signal = DefaultSignal)
    {
        await registrations.LockEditionAsync(edition.Id);
        if (edition.Capacity is { } capacity && await registrations.CountSeatsTakenAsync(edition.Id) >= capacity
            || await registrations.FirstWaitingAsync(edition.Id) is not { } next)
        {
            return null;
        }

        RegistrationFactory.SetStatus(next, RegistrationStatus.Pending, clock.GetUtcNow());
        await content.UpdateAsync(next);
        await manager.TriggerEventAsync(nameof(SignalEvent), new Dictionary<string, object?> { [SignalEvent.SignalKey] = signal }, next.ContentItemId);
        return next;
    }
}
