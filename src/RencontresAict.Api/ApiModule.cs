using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RencontresAict.Api.GraphQL;
using RencontresAict.Api.Queries;
using RencontresAict.Api.Rest;
using RencontresAict.Api.Security;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Security;
using RencontresAict.Content.Documents;

namespace RencontresAict.Api;

/// <summary>
/// The headless API: the content REST API, GraphQL, OAuth2 client credentials tokens, CORS, the output-cache policy of
/// exports and the OpenAPI document. Depends on RencontresAict.Content only.
/// </summary>
public static class ApiModule
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        services.AddScoped<ContentQueryRunner>();
        services.AddSingleton<IDataMigration, ContentQueryIndexMigration>();

        // The output-cache policy of exports (the conference module's programme feeds, for one)
        services.AddOutputCache(o => o.AddPolicy(OutputCacheTags.ExportsPolicy, b => b.Tag(OutputCacheTags.Content).Expire(TimeSpan.FromHours(1))));

        // Security: API clients, tokens, permissions per caller
        services.AddPermissionProvider<ApiPermissions>();
        services.AddSingleton<IPasswordHasher<ApiClient>, PasswordHasher<ApiClient>>();
        services.AddScoped<ApiClientStore>();
        services.AddApiTokenServer();
        services.AddScoped<ApiCallerResolver>();
        services.AddScoped<IRecipeStepHandler, ApiClientsRecipeStep>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) => cors.AddPolicy(ApiOptions.CorsPolicy, policy => policy
            .WithOrigins([.. api.Value.CorsOrigins]).AllowAnyHeader().WithMethods("GET", "POST", "DELETE").SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        services.AddOpenApi(o => o.AddDocumentTransformer<OpenApiServerTransformer>());

        // GraphQL
        services.AddSingleton<ContentSchemaCache>();
        services.AddSingleton<GraphQLExecutor>();
        return services;
    }

    /// <summary>The endpoints; the host runs UseCors and UseOutputCache once for every module (SiteModules).</summary>
    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapContentApi();
        app.MapGraphQLEndpoint();
        app.MapTokenEndpoint();
        app.MapOpenApi();
        return app;
    }
}
