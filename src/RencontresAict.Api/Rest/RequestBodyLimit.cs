using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RencontresAict.Api.Rest;

/// <summary>
/// Caps the request body of an API endpoint at <c>Api:MaxRequestBodySize</c> (1 MB): a larger Content-Length is
/// answered 413 before anything is read, and a chunked body is cut off when it goes past the limit (the server's
/// own cap is lowered where it has one, and the body stream counts what it gives). 413 is a ProblemDetails.
/// </summary>
public static class RequestBodyLimit
{
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var limit = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodySize;
            if (http.Request.ContentLength > limit)
            {
                return TooLarge(limit);
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
            {
                serverLimit.MaxRequestBodySize = limit;
            }

            http.Request.Body = new LimitedReadStream(http.Request.Body, limit);
            try
            {
                return await next(context);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return TooLarge(limit);
            }
        });

    private static IResult TooLarge(long limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "La requête est trop volumineuse.",
        detail: $"The request body must not exceed {limit} bytes.");
}
