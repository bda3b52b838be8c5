using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// Adds <c>ErrorMessage</c> (Liquid, or plain text) to the field <c>Key</c> ("" for the form as a whole), so the
/// form is shown again with it. <c>Done</c>.
/// </summary>
public sealed class AddModelValidationErrorTask(FormModelState state, WorkflowExpressionEvaluator expressions) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var message = (await expressions.EvaluateAsync(activity.GetExpression("ErrorMessage"), workflow)).Trim();
        state.AddError(activity.GetString("Key") ?? "", message.Length > 0 ? message : "La demande n'a pas pu être enregistrée.");
        return Outcomes("Done");
    }
}
