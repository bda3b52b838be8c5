using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Cancels a live registration, for the visitor's cancellation link and for the staff alike. The <c>SignalEvent</c>
/// "Cancel" is raised for it first, so the workflow that waits for it (a confirmed registration) does what the site's
/// recipe says: status cancelled, e-mail, seat given to the first person waiting. When no workflow waits for it (a
/// registration still pending confirmation, one on the waiting list), the same effects happen here: status cancelled,
/// the workflow's cancellation e-mail, and a freed seat goes to the waiting list. Who cancelled is the signed-in user of
/// the request, recorded in the registration's history. The caller commits the scope's session.
/// </summary>
public sealed class RegistrationCancellationService(
    ContentManager content,
    WorkflowManager manager,
    EditionFactsReader editions,
    WaitingListPromoter promoter,
    RegistrationEmailResender emails,
    TimeProvider clock)
{
    public const string Signal = "Cancel";

    /// <summary>The registration when it can be cancelled (pending, confirmed or waiting), else null.</summary>
    public async Task<ContentItem?> FindLiveAsync(string? registrationId)
    {
        var item = string.IsNullOrEmpty(registrationId) ? null : await content.GetAsync(registrationId, VersionOptions.Latest);
        return item?.ContentType == RegistrationIndexProvider.ContentType
            && RegistrationStatus.CanMove(RegistrationFactory.Status(item), RegistrationStatus.Cancelled) ? item : null;
    }

    public async Task<CancellationOutcome> CancelAsync(string registrationId)
    {
        if (await FindLiveAsync(registrationId) is null)
        {
            return CancellationOutcome.NotLive;
        }

        var runs = await manager.TriggerEventAsync(
            nameof(SignalEvent), new Dictionary<string, object?> { [SignalEvent.SignalKey] = Signal }, registrationId);
        if (await FindLiveAsync(registrationId) is not { } item)
        {
            return runs.Count > 0 ? CancellationOutcome.CancelledByWorkflow : CancellationOutcome.NotLive;
        }

        // No workflow cancelled it (none waited, or one faulted and was rolled back): the same effects, here; and the
        // runs still waiting on it (for the confirmation link) end, so that link no longer says "noted".
        await manager.AbortHaltedAsync(registrationId, "Inscription annulée hors du workflow");
        var heldSeat = RegistrationFactory.Status(item) is RegistrationStatus.Pending or RegistrationStatus.Confirmed;
        RegistrationFactory.SetStatus(item, RegistrationStatus.Cancelled, clock.GetUtcNow());
        await content.UpdateAsync(item);
        try
        {
            await emails.SendForStatusAsync(item);
        }
        catch (EmailValidationException)
        {
            // An address the outbox refuses does not stop a cancellation: the workflow's e-mail step goes on the same way.
        }

        if (heldSeat && await editions.ReadAsync(RegistrationProperties.EditionId(item)) is { } edition)
        {
            await promoter.PromoteAsync(edition);
        }

        return CancellationOutcome.CancelledDirectly;
    }
}
