using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Registrations;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Activities;

/// <summary>
/// After a seat is freed: the person who has waited longest for the workflow's edition moves from waiting to pending,
/// and the <c>SignalEvent</c> named <c>Signal</c> (default "Promote") is raised for that registration, so its own
/// workflow tells them (<see cref="WaitingListPromoter"/>). <c>Promoted</c>, or <c>None</c> when nobody waits or the
/// edition is still full.
/// </summary>
public sealed class PromoteWaitingListTask(ContentManager content, EditionFactsReader editions, WaitingListPromoter promoter) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Promoted", "None"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var id = RegistrationProperties.RegistrationId(workflow);
        var freed = id is null ? null : await content.GetAsync(id, VersionOptions.Latest);
        var edition = freed is null ? null : await editions.ReadAsync(RegistrationProperties.EditionId(freed));
        var signal = activity.GetString("Signal") is { Length: > 0 } name ? name : WaitingListPromoter.DefaultSignal;
        if (edition is null || await promoter.PromoteAsync(edition, signal) is not { } next)
        {
            return Outcomes("None");
        }

        workflow.LastResult = next.ContentItemId;
        return Outcomes("Promoted");
    }
}
