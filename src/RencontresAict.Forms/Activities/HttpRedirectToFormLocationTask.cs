using Microsoft.AspNetCore.Http;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Forms.Activities;

/// <summary>
/// Sends the visitor back to the page the form was on (Output <c>FormLocation</c>[<c>FormLocationKey</c>], saved by
/// HttpRequestEvent). <c>Done</c>; <c>Failed</c> when no site path was saved. A post with errors that came through the
/// form's own endpoint is shown again in place instead, with the values and messages, so nothing typed is lost.
/// </summary>
public sealed class HttpRedirectToFormLocationTask : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done", "Failed"];

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var key = activity.GetString("FormLocationKey") ?? "";
        var location = workflow.Output.GetValueOrDefault(HttpRequestEvent.FormLocationOutputKey) switch
        {
            IDictionary<string, object?> locations => WorkflowValues.ToText(locations.TryGetValue(key, out var value) ? value : null),
            System.Text.Json.Nodes.JsonObject json => WorkflowValues.ToText(json[key]),
            _ => null,
        };
        if (location is not { Length: > 1 } || location[0] != '/' || location.StartsWith("//", StringComparison.Ordinal) || location.Contains('\\'))
        {
            return OutcomesAsync("Failed");
        }

        if (workflow.HttpContext is { } http)
        {
            WorkflowHttpResponse.Set(http, Results.Redirect(location));
        }

        return OutcomesAsync("Done");
    }
}
