using RencontresAict.Forms.ReCaptcha;
using RencontresAict.Forms.Validation;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// Orchard's reCAPTCHA check (OrchardCore.ReCaptcha): the posted <c>g-recaptcha-response</c> token and the client's
/// address go to the configured provider (<see cref="ReCaptchaVerifier"/>). <c>Done</c> plus <c>Valid</c>, or
/// <c>Invalid</c> with a French error on the form when the provider refuses the token or cannot be asked. With no
/// <c>ReCaptcha:SecretKey</c> there is no provider: the post passes, and the log says so once.
/// </summary>
public sealed class ValidateReCaptchaTask(ReCaptchaVerifier verifier, FormModelState state) : TaskActivity
{
    /// <summary>The field the provider's box posts (Orchard's Constants.ReCaptchaServerResponseHeaderName).</summary>
    public const string TokenField = "g-recaptcha-response";

    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Valid", "Invalid"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        if (!verifier.IsConfigured)
        {
            verifier.LogPassThroughOnce(workflow.WorkflowType.WorkflowTypeId);
            return Outcomes("Done", "Valid");
        }

        var http = workflow.HttpContext;
        if (!state.IsBound && http?.Request is { HasFormContentType: true } request)
        {
            state.Bind(await request.ReadFormAsync());
        }

        if (await verifier.VerifyAsync(state.GetValue(TokenField), http?.Connection.RemoteIpAddress?.ToString(), http?.RequestAborted ?? default))
        {
            return Outcomes("Done", "Valid");
        }

        state.AddError(TokenField, "La vérification anti-robot a échoué : cochez à nouveau la case puis renvoyez le formulaire.");
        return Outcomes("Done", "Invalid");
    }
}
