using Microsoft.AspNetCore.Http;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Answers the request with a redirect to <c>Location</c> (Liquid), permanent or not. Only site-relative paths and
/// http(s) URLs are accepted; the redirect is sent once the workflow's work is committed.
/// </summary>
public sealed class HttpRedirectTask(WorkflowExpressionEvaluator expressions) : TaskActivity
{
    public override IReadOnlyList<string> GetPossibleOutcomes(ActivityContext activity) => ["Done"];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var location = (await expressions.EvaluateAsync(activity.GetExpression("Location"), workflow)).Trim();
        var local = location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal);
        var web = Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        if (!local && !web)
        {
            throw new InvalidOperationException($"HttpRedirectTask refuses the location '{location}': give a site path or an http(s) URL.");
        }

        workflow.LastResult = location;
        if (workflow.HttpContext is { } http)
        {
            WorkflowHttpResponse.Set(http, Results.Redirect(location, permanent: activity.GetBoolean("Permanent", false)));
        }

        return Outcomes("Done");
    }
}
