using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Starts (or resumes) a workflow when its URL is requested with its <c>HttpMethod</c>: Orchard's
/// <c>/workflows/Invoke?token=…</c>, or a form bound to the workflow type. With <c>FormLocationKey</c>, the posted
/// <c>__RequestOriginatedFrom</c> is kept in Output <c>FormLocation</c> for HttpRedirectToFormLocationTask.
/// </summary>
public sealed class HttpRequestEvent : EventActivity
{
    public const string FormLocationOutputKey = "FormLocation";
    public const string FormLocationInputName = "__RequestOriginatedFrom";

    public override Task<bool> CanExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity) =>
        Task.FromResult(workflow.HttpContext is { } http
            && string.Equals(http.Request.Method, activity.GetString("HttpMethod") ?? "GET", StringComparison.OrdinalIgnoreCase));

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var key = activity.GetString("FormLocationKey");
        if (!string.IsNullOrWhiteSpace(key) && workflow.HttpContext?.Request is { HasFormContentType: true } request)
        {
            var form = await request.ReadFormAsync();
            var locations = workflow.Output.GetValueOrDefault(FormLocationOutputKey) as Dictionary<string, object?> ?? new(StringComparer.Ordinal);
            locations[key] = form[FormLocationInputName].ToString();
            workflow.Output[FormLocationOutputKey] = locations;
        }

        return Outcomes("Done");
    }
}
