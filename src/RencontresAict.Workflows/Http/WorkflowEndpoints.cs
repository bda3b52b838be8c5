using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// The workflow URLs: Orchard's <c>/workflows/Invoke?token=…</c> (and <c>/workflows/invoke/{token}</c>) for
/// HttpRequestEvent, and <c>/workflows/signal?token=…</c> for signal links (<see cref="SignalLinkEndpoints"/>). Tokens
/// are checked before anything else: forged or altered, 404; expired, 410; nothing changes.
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
        group.MapSignalLink();
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
}
