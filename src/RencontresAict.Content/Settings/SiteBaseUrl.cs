using Microsoft.Extensions.Options;

namespace RencontresAict.Content.Settings;

/// <summary>
/// Where the site lives (scheme, host and path, no trailing slash), for every absolute link the site writes: e-mails,
/// calendars, JSON-LD, schedules, workflow scripts, the OpenAPI servers. Never read from the request, whose Host header
/// the client chooses: a reset link mailed to the administrator must not point at a host an attacker named. The stored
/// site setting <c>BaseUrl</c> wins when set (the recipe's settings step), else <c>Site:BaseUrl</c> from configuration.
/// </summary>
public sealed class SiteBaseUrl(SiteSettingsService settings, IOptions<SiteOptions> options)
{
    public async Task<string> GetAsync()
    {
        var stored = (await settings.GetAsync()).BaseUrl;
        return (string.IsNullOrWhiteSpace(stored) ? options.Value.BaseUrl : stored).TrimEnd('/');
    }
}
