using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// An activity kind, named as Orchard names it (the class name: <c>EmailTask</c>). Tasks do something; events
/// wait for something and may start a workflow. Register one with <c>services.AddWorkflowActivity&lt;T&gt;()</c>
/// from any module (the Forms module adds its own); it is resolved from the scope the workflow runs in.
/// </summary>
public interface IActivity
{
    string Name { get; }

    bool IsEvent { get; }

    /// <summary>The outcomes an editor may wire (for the designer and for checks on import).</summary>
    IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity);

    /// <summary>False skips the activity (an event whose filter does not match, a task whose condition is not met).</summary>
    Task<bool> CanExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity);

    Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity);

    /// <summary>Runs when a halted instance resumes on this (event) activity.</summary>
    Task<ActivityExecutionResult> ResumeAsync(WorkflowExecutionContext workflow, ActivityContext activity);

    /// <summary>Told when a transition into this activity is followed (a join counts its branches).</summary>
    void OnTransitionFollowed(WorkflowExecutionContext workflow, ActivityContext activity, Transition transition);
}
