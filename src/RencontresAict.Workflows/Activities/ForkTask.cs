using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>Splits the flow: every name in <c>Forks</c> is an outcome, and all of them fire.</summary>
public sealed class ForkTask : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => activity.GetStrings("Forks");

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity) =>
        OutcomesAsync(activity.GetStrings("Forks"));
}
