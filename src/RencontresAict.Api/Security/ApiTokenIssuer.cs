using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RencontresAict.Api.Security;

/// <summary>Mints signed JWT access tokens for API clients: subject and client_id are the client id, one role claim per role.</summary>
public sealed class ApiTokenIssuer(ApiSigningKey key, IOptions<ApiOptions> options)
{
    private readonly JsonWebTokenHandler _handler = new();

    public (string Token, TimeSpan Lifetime) Issue(ApiClient client)
    {
        var api = options.Value;
        // Token lifetimes are security, not site behaviour: Site:AsOf must not mint tokens that are already expired.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = client.ClientId,
            [ApiAuthentication.ClientIdClaim] = client.ClientId,
            ["name"] = string.IsNullOrEmpty(client.DisplayName) ? client.ClientId : client.DisplayName,
            [ApiAuthentication.RoleClaim] = client.Roles.ToArray(),
        };
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = api.TokenIssuer,
            Audience = api.TokenIssuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + api.TokenLifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, api.TokenLifetime);
    }

    public static TokenValidationParameters ValidationParameters(ApiSigningKey key, ApiOptions api) => new()
    {
        ValidIssuer = api.TokenIssuer,
        ValidAudience = api.TokenIssuer,
        IssuerSigningKey = key.Key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = "name",
        RoleClaimType = ApiAuthentication.RoleClaim,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    public static IEnumerable<string> RolesOf(ClaimsPrincipal principal) =>
        principal.FindAll(ApiAuthentication.RoleClaim).Select(c => c.Value);
}
