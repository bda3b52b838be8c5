using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// An activity that waits for something: reached mid-flow it halts the instance, which resumes when its event is
/// triggered; marked IsStart it starts new instances. Starting or resuming, it answers <c>Done</c> by default.
/// </summary>
public abstract class EventActivity : ActivityBase
{
    public sealed override bool IsEvent => true;

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done"];

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity) =>
        OutcomesAsync("Done");
}
