using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>Sets the workflow variable <c>PropertyName</c> to the value of <c>Value</c> (JavaScript).</summary>
public sealed class SetPropertyTask(WorkflowScriptEvaluator scripts) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var name = activity.GetString("PropertyName");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidOperationException("SetPropertyTask needs a PropertyName.");
        }

        workflow.Properties[name] = await scripts.EvaluateAsync(activity.GetExpression("Value"), workflow);
        return Outcomes("Done");
    }
}
