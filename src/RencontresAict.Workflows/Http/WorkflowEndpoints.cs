using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// The workflow URLs: Orchard's <c>/workflows/Invoke?token=…</c> (and <c>/workflows/invoke/{token}</c>) for
/// HttpRequestEvent, and <c>/workflows/signal?token=…</c> for signal links. Tokens are checked before anything else:
/// forged or altered, 404; expired, 410; nothing changes.
/// </summary>
public static class WorkflowEndpoints
{
    public const string InvokePath = "/workflows/Invoke";

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/workflows").DisableAntiforgery();
        group.MapMethods("/invoke", Methods, (HttpContext http, string? token, WorkflowTokenService tokens, WorkflowTypeStore types, HttpWorkflowInvoker invoker) =>
            InvokeAsync(http, token, tokens, types, invoker));
        group.MapMethods("/invoke/{token}", Methods, (HttpContext http, string token, WorkflowTokenService tokens, WorkflowTypeStore types, HttpWorkflowInvoker invoker) =>
            InvokeAsync(http, token, tokens, types, invoker));
        group.MapMethods("/signal", ["GET", "POST"], SignalAsync);
        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(HttpContext http, string? token, WorkflowTokenService tokens, WorkflowTypeStore types, HttpWorkflowInvoker invoker)
    {
        if (tokens.TryReadToken<WorkflowPayload>(token, out var payload) != TokenResult.Valid)
        {
            return Results.NotFound();
        }

        var type = await types.GetAsync(payload!.WorkflowTypeId);
        var activity = type?.GetActivity(payload.ActivityId);
        return type is null || !type.IsEnabled || activity is null
            ? Results.NotFound()
            : await invoker.InvokeAsync(http, type, activity);
    }

    private static async Task<IResult> SignalAsync(
        HttpContext http, string? token, WorkflowTokenService tokens, WorkflowManager manager, WorkflowStore store, WorkflowTypeStore types, DocumentSession session)
    {
        switch (tokens.TryReadToken<SignalPayload>(token, out var payload))
        {
            case TokenResult.Expired:
                return WorkflowPages.ExpiredLink();
            case TokenResult.Invalid:
                return WorkflowPages.InvalidLink();
        }

        var input = new Dictionary<string, object?> { [SignalEvent.SignalKey] = payload!.Signal };
        var resumed = false;
        if (!string.IsNullOrEmpty(payload.WorkflowId))
        {
            var instance = await store.GetAsync(payload.WorkflowId);
            foreach (var blocking in instance?.BlockingActivities.Where(b => b.Name == nameof(SignalEvent)).ToList() ?? [])
            {
                if (await manager.ResumeWorkflowAsync(instance!, blocking.ActivityId, input) is not null)
                {
                    resumed = true;
                    break;
                }
            }
        }
        else
        {
            resumed = (await manager.TriggerEventAsync(nameof(SignalEvent), input, payload.CorrelationId)).Count > 0;
        }

        if (!resumed)
        {
            // A link to an instance that still waits but whose workflow the staff disabled is not "already used": it will work again.
            var waiting = string.IsNullOrEmpty(payload.WorkflowId) ? null : await store.GetAsync(payload.WorkflowId);
            return waiting is { Status: WorkflowStatus.Halted } && await types.GetAsync(waiting.WorkflowTypeId) is { IsEnabled: false }
                ? WorkflowPages.Suspended()
                : WorkflowPages.UsedLink();
        }

        await session.SaveChangesAsync(http.RequestAborted);
        return WorkflowHttpResponse.Get(http) ?? WorkflowPages.Accepted();
    }
}
