using Microsoft.Extensions.Logging;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// Orchard's reCAPTCHA check (OrchardCore.ReCaptcha). This site has no reCAPTCHA provider to ask (its forms are
/// guarded by a honeypot, a one-time token and a rate limit per address), so the post passes, and the log says so
/// each time. <c>Done</c> plus <c>Valid</c>, as Orchard's task answers a valid captcha.
/// </summary>
public sealed class ValidateReCaptchaTask(ILogger<ValidateReCaptchaTask> logger) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Valid", "Invalid"];

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        logger.LogInformation(
            "ValidateReCaptchaTask of workflow {WorkflowTypeId}: no reCAPTCHA provider is configured on this site; the post passes unchecked.",
            workflow.WorkflowType.WorkflowTypeId);
        return Task.FromResult(Outcomes("Done", "Valid"));
    }
}
