using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace RencontresAict.Api.Security;

/// <summary>
/// POST /connect/token: the OAuth2 client-credentials grant (RFC 6749 §4.4). The client authenticates with
/// client_id/client_secret in the form or with HTTP Basic; the answer is a bearer JWT.
/// </summary>
public static class TokenEndpoint
{
    public static RouteHandlerBuilder MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/connect/token", IssueAsync)
            .DisableAntiforgery()
            .RequireCors(ApiOptions.CorsPolicy)
            .WithTags("Authentication")
            .WithSummary("Client-credentials token endpoint")
            .Accepts<TokenRequest>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>()
            .Produces(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status401Unauthorized);

    private static async Task<IResult> IssueAsync(HttpContext context, ApiClientStore clients, ApiTokenIssuer issuer, ILoggerFactory loggers)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!context.Request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Send application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials")
        {
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        var (clientId, secret) = ReadCredentials(context.Request, form);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "client_id and client_secret are required.");
        }

        var client = await clients.ValidateAsync(clientId, secret);
        if (client is null)
        {
            loggers.CreateLogger(typeof(TokenEndpoint)).LogWarning("Token refused to API client {ClientId}: unknown client or wrong secret", clientId);
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "Unknown client or wrong secret.");
        }

        var (token, lifetime) = issuer.Issue(client);
        return Results.Json(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds));
    }

    private static (string? ClientId, string? Secret) ReadCredentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split(':', 2);
                if (pair.Length == 2)
                {
                    return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new TokenError(error, description), statusCode: status);
}
