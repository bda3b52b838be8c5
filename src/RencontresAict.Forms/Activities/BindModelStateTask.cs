using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>Copies every posted value into the form's model state, so the form can be shown again with them. <c>Done</c>.</summary>
public sealed class BindModelStateTask(FormModelState state) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        if (!state.IsBound && workflow.HttpContext?.Request is { HasFormContentType: true } request)
        {
            state.Bind(await request.ReadFormAsync());
        }

        return Outcomes("Done");
    }
}
