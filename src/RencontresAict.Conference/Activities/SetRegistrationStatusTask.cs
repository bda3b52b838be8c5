using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Registrations;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Activities;

/// <summary>
/// Moves the workflow's registration (variable RegistrationId, else the correlation id) to <c>Status</c> (confirmed,
/// pending, waiting, cancelled). <c>Done</c>; <c>Failed</c> when the registration is missing or cannot make that move
/// (a cancelled registration is not confirmed), and then nothing changes.
/// </summary>
public sealed class SetRegistrationStatusTask(ContentManager content, EditionFactsReader editions, TimeProvider clock) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Failed"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var status = activity.GetString("Status") ?? "";
        var id = RegistrationProperties.RegistrationId(workflow);
        var item = id is null ? null : await content.GetAsync(id, VersionOptions.Latest);
        if (!RegistrationStatus.IsKnown(status) || item is null || !RegistrationStatus.CanMove(RegistrationFactory.Status(item), status))
        {
            workflow.LastResult = $"Registration '{id}' cannot move to '{status}'.";
            return Outcomes("Failed");
        }

        RegistrationFactory.SetStatus(item, status, clock.GetUtcNow());
        await content.UpdateAsync(item);
        RegistrationProperties.Apply(workflow, item, await editions.ReadAsync(RegistrationProperties.EditionId(item)));
        workflow.LastResult = item;
        return Outcomes("Done");
    }
}
