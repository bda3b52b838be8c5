using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// "Catch Workflow Fault Event": starts when another workflow faults, with the fault as input <c>WorkflowFault</c>
/// (workflow name, activity, message). <c>ErrorFilter</c> (JavaScript, empty: every fault) narrows it.
/// </summary>
public sealed class WorkflowFaultEvent(WorkflowScriptEvaluator scripts) : EventActivity
{
    public override async Task<bool> CanExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var filter = activity.GetExpression("ErrorFilter");
        return workflow.Input.ContainsKey(Models.WorkflowFaultModel.InputKey)
            && (string.IsNullOrWhiteSpace(filter) || await scripts.EvaluateBooleanAsync(filter, workflow));
    }
}
