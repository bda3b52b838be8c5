using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RencontresAict.Api.Security;

/// <summary>
/// POST /connect/token: the OAuth2 client-credentials grant (RFC 6749 §4.4), served by OpenIddict. OpenIddict reads
/// the request, the throttle and <see cref="ClientCredentialsValidator"/> check it, then it passes through to this
/// endpoint, which names the client and its roles; OpenIddict signs the access token (a JWT) and writes the answer.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static RouteHandlerBuilder MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, IssueAsync)
            .DisableAntiforgery()
            .RequireCors(ApiOptions.CorsPolicy)
            .WithTags("Authentication")
            .WithSummary("Client-credentials token endpoint")
            .Accepts<TokenRequest>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>()
            .Produces<TokenError>(StatusCodes.Status400BadRequest)
            .Produces<TokenError>(StatusCodes.Status401Unauthorized)
            .Produces<TokenError>(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> IssueAsync(HttpContext context, ApiClientStore clients)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server did not handle this request.");
        var client = await clients.FindAsync(request.ClientId!)
            ?? throw new InvalidOperationException("The client validated by ClientCredentialsValidator is gone.");

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(Claims.Subject, client.ClientId);
        identity.AddClaim(Claims.Name, string.IsNullOrEmpty(client.DisplayName) ? client.ClientId : client.DisplayName);
        foreach (var role in client.Roles)
        {
            identity.AddClaim(Claims.Role, role);
        }

        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
