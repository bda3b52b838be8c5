using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RencontresAict.Content.Settings;

namespace RencontresAict.Api;

/// <summary>
/// Names the site's configured address as the document's only server; left alone, the generator copies the request's
/// Host header there, so a client that sent another Host would be told to call it.
/// </summary>
public sealed class OpenApiServerTransformer(SiteBaseUrl site) : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken) =>
        document.Servers = [new OpenApiServer { Url = await site.GetAsync() }];
}
