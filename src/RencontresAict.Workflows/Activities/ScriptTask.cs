using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Runs <c>Script</c> (JavaScript); its outcomes are those it names with <c>setOutcome(name)</c>, among
/// <c>AvailableOutcomes</c> (default <c>["Done"]</c>). The script's value becomes the last result.
/// </summary>
public sealed class ScriptTask(WorkflowScriptEvaluator scripts) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity)
    {
        var outcomes = activity.GetStrings("AvailableOutcomes");
        return outcomes.Count > 0 ? outcomes : ["Done"];
    }

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var outcomes = new List<string>();
        workflow.LastResult = await scripts.EvaluateAsync(
            activity.GetExpression("Script", "setOutcome('Done');"),
            workflow,
            engine => engine.SetValue("setOutcome", new Action<string>(outcomes.Add)));
        return Outcomes(outcomes.Distinct(StringComparer.Ordinal));
    }
}
