using Microsoft.AspNetCore.Antiforgery;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>Orchard's antiforgery check as a task: <c>Done</c> plus <c>Valid</c> or <c>Invalid</c> (both fire).</summary>
public sealed class ValidateAntiforgeryTokenTask(IAntiforgery antiforgery) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Valid", "Invalid"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var valid = workflow.HttpContext is { } http && await antiforgery.IsRequestValidAsync(http);
        return Outcomes("Done", valid ? "Valid" : "Invalid");
    }
}
