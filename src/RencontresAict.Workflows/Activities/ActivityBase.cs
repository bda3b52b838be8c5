using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>Defaults for activities: can always execute, resuming runs the activity again, transitions are not counted.</summary>
public abstract class ActivityBase : IActivity
{
    public virtual string Name => GetType().Name;

    public abstract bool IsEvent { get; }

    public abstract IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity);

    public virtual Task<bool> CanExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity) => Task.FromResult(true);

    public abstract Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity);

    public virtual Task<ActivityExecutionResult> ResumeAsync(WorkflowExecutionContext workflow, ActivityContext activity) =>
        ExecuteAsync(workflow, activity);

    public virtual void OnTransitionFollowed(WorkflowExecutionContext workflow, ActivityContext activity, Transition transition)
    {
    }

    protected static ActivityExecutionResult Outcomes(params IEnumerable<string> names) => ActivityExecutionResult.FromOutcomes(names);

    protected static Task<ActivityExecutionResult> OutcomesAsync(params IEnumerable<string> names) =>
        Task.FromResult(ActivityExecutionResult.FromOutcomes(names));
}
