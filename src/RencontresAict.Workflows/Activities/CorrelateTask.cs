using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>Sets the instance's correlation id to <c>Value</c> (Liquid), so later events for that id resume it.</summary>
public sealed class CorrelateTask(WorkflowExpressionEvaluator expressions) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        workflow.CorrelationId = (await expressions.EvaluateAsync(activity.GetExpression("Value"), workflow)).Trim();
        return Outcomes("Done");
    }
}
