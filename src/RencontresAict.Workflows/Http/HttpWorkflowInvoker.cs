using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// Runs an <c>HttpRequestEvent</c> for a request, as Orchard's <c>/workflows/Invoke</c> does: the method must match
/// (405), the antiforgery token must be valid when the event asks for it (400, nothing stored); a start event starts
/// an instance, any other resumes the instances waiting on it (optionally those of <c>?correlationId=</c>). The work
/// is committed, then the activity's answer (a redirect) or 202 is returned. The Forms module posts through this too.
/// </summary>
public sealed class HttpWorkflowInvoker(WorkflowManager manager, WorkflowStore store, DocumentSession session, IAntiforgery antiforgery)
{
    public async Task<IResult> InvokeAsync(HttpContext http, WorkflowType type, ActivityRecord activity)
    {
        if (activity.Name != nameof(HttpRequestEvent))
        {
            return Results.NotFound();
        }

        var method = JsonPaths.GetString(activity.Properties, "HttpMethod") ?? "GET";
        if (!string.Equals(method, http.Request.Method, StringComparison.OrdinalIgnoreCase))
        {
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        var validate = JsonPaths.GetBoolean(activity.Properties, "ValidateAntiforgeryToken") ?? true;
        if (validate && !await antiforgery.IsRequestValidAsync(http))
        {
            return WorkflowPages.InvalidForm();
        }

        if (activity.IsStart)
        {
            await manager.StartWorkflowAsync(type, activity);
        }
        else
        {
            var correlationId = http.Request.Query["correlationId"].ToString();
            foreach (var halted in await store.ListHaltedAsync(nameof(HttpRequestEvent), correlationId))
            {
                if (halted.WorkflowTypeId == type.WorkflowTypeId && halted.BlockingActivities.Exists(b => b.ActivityId == activity.ActivityId))
                {
                    await manager.ResumeWorkflowAsync(halted, activity.ActivityId);
                }
            }
        }

        await session.SaveChangesAsync(http.RequestAborted);
        return WorkflowHttpResponse.Get(http) ?? Results.Accepted();
    }
}
