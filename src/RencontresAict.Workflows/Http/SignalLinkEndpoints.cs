using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// <c>/workflows/signal?token=…</c>, the links of e-mails. GET changes nothing: it shows what the link will do and one
/// button (mail gateways and link previews follow links, a person presses buttons); a link that already served says
/// what happened. POST, carrying the signed token (which only the e-mail's reader holds), raises the signal. Forged or
/// altered: 404; expired: 410; the same pages, in the site's layout, for GET and POST.
/// </summary>
public static class SignalLinkEndpoints
{
    private const long MaxBodyBytes = 8 * 1024;

    private enum LinkState
    {
        Open,
        Used,
        Suspended,
    }

    public static RouteGroupBuilder MapSignalLink(this RouteGroupBuilder group)
    {
        group.MapGet("/signal", ShowAsync);
        group.MapPost("/signal", SignalAsync);
        return group;
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http, string? token, WorkflowTokenService tokens, WorkflowStore store, WorkflowTypeStore types, SignalLinkPages pages)
    {
        switch (tokens.TryReadToken<SignalPayload>(token, out var link))
        {
            case TokenResult.Expired:
                return await pages.ExpiredAsync(http);
            case TokenResult.Invalid:
                return await pages.InvalidAsync(http);
        }

        return await ReadStateAsync(link!, store, types) switch
        {
            LinkState.Used => await pages.UsedAsync(http, await pages.DescribeAsync(link!)),
            LinkState.Suspended => await pages.SuspendedAsync(http),
            _ => await pages.AskAsync(http, token!, await pages.DescribeAsync(link!)),
        };
    }

    private static async Task<IResult> SignalAsync(
        HttpContext http, WorkflowTokenService tokens, WorkflowManager manager, WorkflowStore store, WorkflowTypeStore types, DocumentSession session,
        SignalLinkPages pages)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        string? token;
        try
        {
            token = http.Request.HasFormContentType && (await http.Request.ReadFormAsync(http.RequestAborted)).TryGetValue("token", out var posted)
                ? posted.ToString()
                : http.Request.Query["token"].ToString();
        }
        catch (InvalidDataException)
        {
            token = null; // not a form ASP.NET can read (an encoded NUL…): no token
        }

        switch (tokens.TryReadToken<SignalPayload>(token, out var link))
        {
            case TokenResult.Expired:
                return await pages.ExpiredAsync(http);
            case TokenResult.Invalid:
                return await pages.InvalidAsync(http);
        }

        var input = new Dictionary<string, object?> { [SignalEvent.SignalKey] = link!.Signal };
        var resumed = false;
        if (!string.IsNullOrEmpty(link.WorkflowId))
        {
            var instance = await store.GetAsync(link.WorkflowId);
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
            resumed = (await manager.TriggerEventAsync(nameof(SignalEvent), input, link.CorrelationId)).Count > 0;
        }

        if (!resumed)
        {
            // A link to an instance that still waits but whose workflow the staff disabled is not "already used": it will work again.
            return await ReadStateAsync(link, store, types) == LinkState.Suspended
                ? await pages.SuspendedAsync(http)
                : await pages.UsedAsync(http, await pages.DescribeAsync(link));
        }

        await session.SaveChangesAsync(http.RequestAborted);
        return WorkflowHttpResponse.Get(http) ?? await pages.AcceptedAsync(http);
    }

    /// <summary>
    /// Whether the instance that made the link still waits for its signal (and its workflow is enabled). A link with no
    /// instance (made outside a workflow) is open: only raising its signal tells whether something waited for it.
    /// </summary>
    private static async Task<LinkState> ReadStateAsync(SignalPayload link, WorkflowStore store, WorkflowTypeStore types)
    {
        if (string.IsNullOrEmpty(link.WorkflowId))
        {
            return LinkState.Open;
        }

        if (await store.GetAsync(link.WorkflowId) is not { Status: WorkflowStatus.Halted } instance)
        {
            return LinkState.Used;
        }

        var type = await types.GetAsync(instance.WorkflowTypeId);
        if (!instance.BlockingActivities.Exists(b => b.Name == nameof(SignalEvent) && WaitsFor(type?.GetActivity(b.ActivityId), link.Signal)))
        {
            return LinkState.Used;
        }

        return type is { IsEnabled: false } ? LinkState.Suspended : LinkState.Open;
    }

    /// <summary>Whether a SignalEvent waits for this signal; a Liquid expression is only known once evaluated, so it may.</summary>
    private static bool WaitsFor(ActivityRecord? activity, string signal)
    {
        var expected = activity is null ? null : JsonPaths.GetString(activity.Properties, "Signal", "Expression") ?? JsonPaths.GetString(activity.Properties, "Signal");
        return expected is null || expected.Contains('{', StringComparison.Ordinal) || string.Equals(expected.Trim(), signal, StringComparison.OrdinalIgnoreCase);
    }
}
