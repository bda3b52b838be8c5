using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>Evaluates <c>Condition</c> (JavaScript) and answers <c>True</c> or <c>False</c>.</summary>
public sealed class IfElseTask(WorkflowScriptEvaluator scripts) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["True", "False"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var result = await scripts.EvaluateBooleanAsync(activity.GetExpression("Condition"), workflow);
        workflow.LastResult = result;
        return Outcomes(result ? "True" : "False");
    }
}
