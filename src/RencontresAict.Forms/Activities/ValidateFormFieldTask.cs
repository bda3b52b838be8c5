using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// Orchard's field check: <c>FieldName</c> must be posted and not blank, else <c>ErrorMessage</c> is added to it.
/// <c>Done</c> plus <c>Valid</c> or <c>Invalid</c>. (Richer rules live on the form's elements.)
/// </summary>
public sealed class ValidateFormFieldTask(FormModelState state) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Valid", "Invalid"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var name = activity.GetString("FieldName") ?? "";
        if (!state.IsBound && workflow.HttpContext?.Request is { HasFormContentType: true } request)
        {
            state.Bind(await request.ReadFormAsync());
        }

        if (state.GetValues(name).Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            return Outcomes("Done", "Valid");
        }

        state.AddError(name, activity.GetString("ErrorMessage") is { Length: > 0 } message ? message : "Ce champ est obligatoire.");
        return Outcomes("Done", "Invalid");
    }
}
