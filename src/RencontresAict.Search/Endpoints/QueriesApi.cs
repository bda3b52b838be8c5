using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Search.Queries;

namespace RencontresAict.Search.Endpoints;

/// <summary>
/// /api/queries/{name} (GET and POST), as Orchard's QueryApiController: <c>parameters</c> is a JSON object given in the
/// query string or form, or as the raw POST body. Unknown name: 404. Malformed parameters or query: 400 ProblemDetails.
/// </summary>
public static class QueriesApi
{
    public static IEndpointRouteBuilder MapQueriesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/queries/{name}", Run);
        endpoints.MapPost("/api/queries/{name}", Run).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> Run(string name, HttpRequest request, LuceneQueryRunner runner)
    {
        try
        {
            var parameters = ParseParameters(await ReadParametersAsync(request));
            var results = await runner.ExecuteAsync(name, parameters);
            return results is null ? Results.NotFound() : Results.Ok(results);
        }
        catch (LuceneQueryException e)
        {
            return Results.Problem(title: "The query could not be run.", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<string?> ReadParametersAsync(HttpRequest request)
    {
        if (request.Query.TryGetValue("parameters", out var fromQuery))
        {
            return fromQuery.FirstOrDefault();
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        if (request.HasFormContentType)
        {
            return (await request.ReadFormAsync()).TryGetValue("parameters", out var fromForm) ? fromForm.FirstOrDefault() : null;
        }

        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync();
    }

    private static JsonObject? ParseParameters(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: ContentJson.DocumentOptions) as JsonObject
                ?? throw new LuceneQueryException("'parameters' must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new LuceneQueryException($"'parameters' is not valid JSON: {e.Message}", e);
        }
    }
}
