using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using RencontresAict.Api.Queries;
using RencontresAict.Api.Rest;
using RencontresAict.Api.Security;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.GraphQL;

/// <summary>
/// /api/graphql: GET with <c>?query=&amp;variables=&amp;operationName=</c>, POST with JSON <c>{query, variables,
/// operationName}</c> or an <c>application/graphql</c> body. A request that does not parse or validate (depth,
/// complexity, unknown field) gets 400 with <c>errors</c>; an executed one gets 200 with <c>data</c> and maybe <c>errors</c>.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/api/graphql";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .RequireCors(ApiOptions.CorsPolicy).DisableAntiforgery().ExcludeFromDescription().WithRequestBodyLimit();
        return app;
    }

    private static async Task HandleAsync(
        HttpContext context, GraphQLExecutor executor, ContentSchemaCache schemas, ApiCallerResolver callers,
        ContentDefinitionManager definitions, ContentQueryRunner queries, IOptions<ApiOptions> options)
    {
        var caller = await callers.GetAsync(context);
        if (!caller.Has(ApiPermissions.ExecuteGraphQL))
        {
            await ApiProblems.Denied(context, caller).ExecuteAsync(context);
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = await ReadRequestAsync(context, executor);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            request = null;
        }

        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteAsync(context, executor, new ExecutionResult { Errors = [new ExecutionError("A GraphQL query is required (?query= or a JSON body with \"query\").")] }, 400);
            return;
        }

        if (request.Query.Length > options.Value.GraphQLMaxQueryLength)
        {
            await WriteAsync(context, executor, new ExecutionResult { Errors = [new ExecutionError($"The query is longer than {options.Value.GraphQLMaxQueryLength} characters.")] }, 400);
            return;
        }

        var document = await definitions.LoadAsync();
        var result = await executor.ExecuteAsync(request, schemas.Get(document), new ContentGraphContext(caller, document, queries),
            context.RequestServices, context.RequestAborted);
        await WriteAsync(context, executor, result, result.Executed ? 200 : 400);
    }

    private static async Task<GraphQLRequest?> ReadRequestAsync(HttpContext context, GraphQLExecutor executor)
    {
        var http = context.Request;
        if (HttpMethods.IsGet(http.Method))
        {
            return new GraphQLRequest
            {
                Query = http.Query["query"],
                OperationName = http.Query["operationName"],
                Variables = http.Query["variables"].ToString() is { Length: > 0 } variables ? executor.Serializer.Deserialize<Inputs>(variables) : null,
            };
        }

        if (http.ContentType?.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(http.Body);
            return new GraphQLRequest { Query = await reader.ReadToEndAsync(context.RequestAborted) };
        }

        return await executor.Serializer.ReadAsync<GraphQLRequest>(http.Body, context.RequestAborted);
    }

    private static async Task WriteAsync(HttpContext context, GraphQLExecutor executor, ExecutionResult result, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await executor.Serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
