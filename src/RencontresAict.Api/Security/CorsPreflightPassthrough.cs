using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace RencontresAict.Api.Security;

/// <summary>
/// Lets a CORS preflight (OPTIONS) of /connect/token go on to the CORS middleware: OpenIddict answers the token
/// endpoint in the authentication middleware, ahead of UseCors, and would refuse any method but POST.
/// </summary>
internal sealed class CorsPreflightPassthrough : IOpenIddictServerHandler<ExtractTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractTokenRequestContext>()
            .UseSingletonHandler<CorsPreflightPassthrough>()
            .SetOrder(int.MinValue + 50_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ExtractTokenRequestContext context)
    {
        if (context.Transaction.GetHttpRequest() is { } request && HttpMethods.IsOptions(request.Method))
        {
            context.SkipRequest();
        }

        return default;
    }
}
