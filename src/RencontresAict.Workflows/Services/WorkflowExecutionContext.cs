using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// One run of an instance: its type, its stored instance, and the live values activities read and write —
/// <see cref="Input"/> (what the caller passed), <see cref="Output"/>, <see cref="Properties"/> (variables),
/// <see cref="LastResult"/> and the correlation id. Saved back into the instance's state when the run ends.
/// </summary>
public sealed class WorkflowExecutionContext
{
    public WorkflowExecutionContext(WorkflowType workflowType, WorkflowInstance workflow, IServiceProvider services, HttpContext? httpContext)
    {
        WorkflowType = workflowType;
        Workflow = workflow;
        Services = services;
        HttpContext = httpContext;
        Input = WorkflowValues.FromJson(workflow.State.Input);
        Output = WorkflowValues.FromJson(workflow.State.Output);
        Properties = WorkflowValues.FromJson(workflow.State.Properties);
        LastResult = WorkflowValues.FromJson(workflow.State.LastResult);
    }

    public WorkflowType WorkflowType { get; }

    public WorkflowInstance Workflow { get; }

    /// <summary>The services of the scope the workflow runs in (its DocumentSession is the transaction).</summary>
    public IServiceProvider Services { get; }

    /// <summary>The request that triggered the run, when there is one.</summary>
    public HttpContext? HttpContext { get; }

    public string WorkflowId => Workflow.WorkflowId;

    public string CorrelationId
    {
        get => Workflow.CorrelationId;
        set => Workflow.CorrelationId = value ?? "";
    }

    public WorkflowStatus Status
    {
        get => Workflow.Status;
        set => Workflow.Status = value;
    }

    public Dictionary<string, object?> Input { get; }

    public Dictionary<string, object?> Output { get; }

    public Dictionary<string, object?> Properties { get; }

    public object? LastResult { get; set; }

    /// <summary>
    /// The language the run speaks to its person in: the variable <c>Culture</c> ("en"), set by the activity that knows
    /// it (the language of the form posted). Steps read their texts in it (<see cref="ActivityContext.GetExpression"/>).
    /// </summary>
    public string? Culture => WorkflowValues.ToText(Properties.GetValueOrDefault(CultureProperty)) is { Length: > 0 } culture ? culture : null;

    public const string CultureProperty = "Culture";

    /// <summary>The context of <paramref name="record"/> in this run: its state and the run's culture.</summary>
    public ActivityContext ContextOf(ActivityRecord record, IActivity activity) => new(record, activity, GetActivityState(record.ActivityId), Culture);

    /// <summary>How many workflow runs enclose this one (a content event raised by a task of another run).</summary>
    public int Depth { get; init; }

    public IReadOnlyList<ExecutedActivity> Journal => Workflow.State.ExecutedActivities;

    public JsonObject GetActivityState(string activityId)
    {
        if (!Workflow.State.ActivityStates.TryGetValue(activityId, out var state))
        {
            state = [];
            Workflow.State.ActivityStates[activityId] = state;
        }

        return state;
    }

    public IEnumerable<Transition> GetInboundTransitions(string activityId) =>
        WorkflowType.Transitions.Where(t => t.DestinationActivityId == activityId);

    public IEnumerable<Transition> GetOutboundTransitions(string activityId, string outcome) =>
        WorkflowType.Transitions.Where(t => t.SourceActivityId == activityId && string.Equals(t.SourceOutcomeName, outcome, StringComparison.Ordinal));

    /// <summary>Writes the live values back into the instance's state, ready to be stored.</summary>
    public void CaptureState()
    {
        Workflow.State.Input = WorkflowValues.ToJson(Input);
        Workflow.State.Output = WorkflowValues.ToJson(Output);
        Workflow.State.Properties = WorkflowValues.ToJson(Properties);
        Workflow.State.LastResult = WorkflowValues.ToJson(LastResult);
    }
}
