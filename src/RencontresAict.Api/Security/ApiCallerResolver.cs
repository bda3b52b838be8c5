using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using RencontresAict.Content.Security;

namespace RencontresAict.Api.Security;

/// <summary>
/// Authenticates the request with the "Api" scheme (a bearer token; cookies are not looked at) and works out the
/// caller's permissions from its roles; once per request.
/// </summary>
public sealed class ApiCallerResolver(PermissionService permissions)
{
    private ApiCaller? _caller;

    public async Task<ApiCaller> GetAsync(HttpContext context)
    {
        if (_caller is not null)
        {
            return _caller;
        }

        var result = await context.AuthenticateAsync(ApiAuthentication.Scheme);
        if (result.Succeeded && result.Principal.FindFirst(ApiAuthentication.ClientIdClaim)?.Value is { } clientId)
        {
            var roles = result.Principal.FindAll(ApiAuthentication.RoleClaim).Select(c => c.Value).ToList();
            return _caller = new ApiCaller(clientId, roles, await permissions.GetPermissionsAsync(roles));
        }

        return _caller = new ApiCaller(null, [], await permissions.GetPermissionsAsync([]));
    }
}
