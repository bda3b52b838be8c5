using Microsoft.Extensions.Options;
using RencontresAict.Content.Settings;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// Makes signed signal links (<c>/workflows/signal?token=…</c>). Followed, a link triggers the <c>SignalEvent</c>
/// of that name for the instance that made it (or, from outside a workflow, for the correlation id). Links are
/// absolute on the site's configured address (SiteBaseUrl), as e-mails need, never on the request's Host header.
/// </summary>
public sealed class SignalUrlService(WorkflowTokenService tokens, IOptions<WorkflowOptions> options, SiteBaseUrl site)
{
    public const string Path = "/workflows/signal";

    public async Task<string> CreateUrlAsync(string signal, string correlationId, string? workflowId = null, TimeSpan? lifetime = null) =>
        await site.GetAsync() + CreateRelativeUrl(signal, correlationId, workflowId, lifetime);

    public string CreateRelativeUrl(string signal, string correlationId, string? workflowId = null, TimeSpan? lifetime = null)
    {
        var token = tokens.CreateToken(new SignalPayload(signal, correlationId, workflowId), lifetime ?? options.Value.SignalTokenLifetime);
        return $"{Path}?token={token}";
    }
}
