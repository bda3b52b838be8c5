using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using RencontresAict.Content;
using RencontresAict.Content.Security;

namespace RencontresAict.Api.Security;

/// <summary>
/// The OAuth2 server (OpenIddict, as Orchard) with the client-credentials grant only, and OpenIddict's validation of
/// its own access tokens for the API. Degraded mode: no OpenIddict stores; the API clients stay in the
/// <c>ApiClients</c> document and <see cref="ClientCredentialsValidator"/> authenticates them. Access tokens are
/// signed, unencrypted JWTs, not stored (they expire after <c>Api:TokenLifetime</c>).
/// </summary>
internal static class ApiTokenServer
{
    public static IServiceCollection AddApiTokenServer(this IServiceCollection services)
    {
        services.AddSingleton<ApiTokenKeys>();

        // Tokens are asked for at /connect/token and carried to /api/…: authentication runs there only.
        services.Configure<AuthenticatedPathsOptions>(paths =>
        {
            paths.Prefixes.Add("/connect");
            paths.Prefixes.Add("/api");
        });
        services.AddOpenIddict()
            .AddServer(server => server
                .SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
                .AllowClientCredentialsFlow()
                .EnableDegradedMode()
                .DisableTokenStorage()
                .DisableAuthorizationStorage()
                .DisableScopeValidation()
                .DisableAccessTokenEncryption()
                .AddEventHandler(CorsPreflightPassthrough.Descriptor)
                .AddEventHandler(TokenRequestThrottle.Descriptor)
                .AddEventHandler(ClientCredentialsValidator.Descriptor)
                .UseAspNetCore()
                .EnableTokenEndpointPassthrough()
                // The site runs on http://localhost in development and behind a TLS-terminating proxy in production.
                .DisableTransportSecurityRequirement())
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        services.AddOptions<OpenIddictServerOptions>().Configure<ApiTokenKeys, IOptions<ApiOptions>, IOptions<SiteOptions>>((server, keys, api, site) =>
        {
            server.SigningCredentials.Add(new SigningCredentials(keys.SigningKey(), SecurityAlgorithms.RsaSha256));
            server.EncryptionCredentials.Add(new EncryptingCredentials(keys.EncryptionKey(), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            server.AccessTokenLifetime = api.Value.TokenLifetime;
            // Never the request's host: a token is valid whatever host name the client asked it on.
            server.Issuer = api.Value.TokenIssuer ?? new Uri(site.Value.BaseUrl.TrimEnd('/') + "/");
        });
        return services;
    }
}
