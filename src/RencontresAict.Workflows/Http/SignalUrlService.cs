using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Settings;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// Makes signed signal links (<c>/workflows/signal?token=…</c>). Followed, a link triggers the <c>SignalEvent</c>
/// of that name for the instance that made it (or, from outside a workflow, for the correlation id). Links are
/// absolute when the request or the site's BaseUrl says where the site lives, as e-mails need.
/// </summary>
public sealed class SignalUrlService(WorkflowTokenService tokens, IOptions<WorkflowOptions> options, IHttpContextAccessor http, SiteSettingsService site)
{
    public const string Path = "/workflows/signal";

    public async Task<string> CreateUrlAsync(string signal, string correlationId, string? workflowId = null, TimeSpan? lifetime = null) =>
        (await GetBaseUrlAsync() ?? "") + CreateRelativeUrl(signal, correlationId, workflowId, lifetime);

    public string CreateRelativeUrl(string signal, string correlationId, string? workflowId = null, TimeSpan? lifetime = null)
    {
        var token = tokens.CreateToken(new SignalPayload(signal, correlationId, workflowId), lifetime ?? options.Value.SignalTokenLifetime);
        return $"{Path}?token={token}";
    }

    /// <summary>Scheme, host and path base of the current request, else the site's BaseUrl, else null (relative links).</summary>
    public async Task<string?> GetBaseUrlAsync()
    {
        if (http.HttpContext?.Request is { Host.HasValue: true } request)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        var configured = (await site.GetAsync()).BaseUrl;
        return string.IsNullOrWhiteSpace(configured) ? null : configured.TrimEnd('/');
    }
}
