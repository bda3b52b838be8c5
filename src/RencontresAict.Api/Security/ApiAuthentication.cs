using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RencontresAict.Api.Security;

/// <summary>
/// The API authenticates with OpenIddict's validation scheme only (bearer access tokens from /connect/token), as
/// Orchard's API controllers use "Api": cookies are ignored.
/// </summary>
public static class ApiAuthentication
{
    public const string Scheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    public const string RoleClaim = Claims.Role;

    public const string ClientIdClaim = Claims.Subject;
}
