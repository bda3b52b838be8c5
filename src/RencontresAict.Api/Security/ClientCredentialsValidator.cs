using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace RencontresAict.Api.Security;

/// <summary>
/// OpenIddict runs in degraded mode (no application store): this handler is the client authentication of the
/// token endpoint. It checks client_id and client_secret (form or HTTP Basic, as OpenIddict extracted them) against
/// the hashed secrets of the <c>ApiClients</c> document; an unknown client and a wrong secret look the same.
/// </summary>
internal sealed class ClientCredentialsValidator(ApiClientStore clients, ILogger<ClientCredentialsValidator> logger)
    : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<ClientCredentialsValidator>()
            .SetOrder(TokenRequestThrottle.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
        {
            context.Reject(Errors.UnsupportedGrantType, "Only grant_type=client_credentials is supported.");
            return;
        }

        var (clientId, secret) = (context.Request.ClientId, context.Request.ClientSecret);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
        {
            context.Reject(Errors.InvalidClient, "client_id and client_secret are required.");
            return;
        }

        if (await clients.ValidateAsync(clientId, secret) is null)
        {
            logger.LogWarning("Token refused to API client {ClientId}: unknown client or wrong secret", clientId);
            context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
        }
    }
}
