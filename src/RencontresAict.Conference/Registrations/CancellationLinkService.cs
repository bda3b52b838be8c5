using Microsoft.Extensions.Options;
using RencontresAict.Content.Settings;
using RencontresAict.Forms;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Signed cancellation links (<c>/inscription/annulation?token=…</c>, Data Protection, expiry on TimeProvider). A link
/// only opens a page that asks to confirm with a POST, so a mail scanner or link preview that follows it cancels nothing.
/// </summary>
public sealed class CancellationLinkService(WorkflowTokenService tokens, SiteBaseUrl site, IOptions<FormsOptions> options)
{
    public const string Path = "/inscription/annulation";

    public async Task<string> CreateUrlAsync(string registrationId) =>
        await site.GetAsync() + $"{Path}?token={tokens.CreateToken(new CancellationPayload(registrationId), options.Value.CancellationLinkLifetime)}";

    public TokenResult Read(string? token, out string? registrationId)
    {
        var result = tokens.TryReadToken<CancellationPayload>(token, out var payload);
        registrationId = payload?.RegistrationId;
        return result;
    }
}
