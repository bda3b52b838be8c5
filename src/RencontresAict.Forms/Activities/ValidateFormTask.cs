using Microsoft.Extensions.Localization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Display;
using RencontresAict.Forms.Models;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// <c>Valid</c> when the post has no error, else <c>Invalid</c> (no Done, as in Orchard). Beyond Orchard, the rules
/// written on the form's elements run here too (the form is the one posting, or the one named by <c>__FormId</c>),
/// so a workflow reached through <c>/workflows/Invoke</c> checks the same rules as the form's own endpoint.
/// </summary>
public sealed class ValidateFormTask(FormModelState state, ContentManager content, IStringLocalizer<FormModelState> texts) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Valid", "Invalid"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        if (workflow.HttpContext?.Request is { HasFormContentType: true } request)
        {
            var form = await request.ReadFormAsync();
            if (!state.IsBound)
            {
                state.Bind(form);
            }

            if (state.Form is null && form[FormDisplayManager.FormIdInputName].ToString() is { Length: > 0 } formId
                && await content.GetAsync(formId) is { } item && FormDefinition.IsForm(item))
            {
                state.Form = FormDefinition.From(item);
            }
        }

        if (state.Form is not null)
        {
            FormValidator.Validate(state.Form, state, texts);
        }

        return Outcomes(state.IsValid ? "Valid" : "Invalid");
    }
}
