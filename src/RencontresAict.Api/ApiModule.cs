using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RencontresAict.Api.GraphQL;
using RencontresAict.Conference.Programme;
using RencontresAict.Api.Queries;
using RencontresAict.Api.Rest;
using RencontresAict.Api.Security;
using RencontresAict.Content;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Documents;

namespace RencontresAict.Api;

/// <summary>
/// The headless API: programme exports (iCalendar, frab schedule), the content REST API, GraphQL, OAuth2 client
/// credentials tokens, CORS and the OpenAPI document. Depends on RencontresAict.Content only.
/// </summary>
public static class ApiModule
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        services.AddScoped<ContentQueryRunner>();
        services.AddSingleton<IDataMigration, ContentQueryIndexMigration>();

        // Exports
        services.AddSingleton<IDataMigration, CalendarSequenceMigration>();
        services.AddScoped<CalendarSequenceStore>();
        services.AddScoped<IContentHandler, CalendarSequenceHandler>();
        services.AddScoped<ProgrammeReader>();
        services.AddSingleton<ProgrammeCalendarBuilder>();
        services.AddLiquidFilter<CalendarUrlFilter>("calendar_url");
        services.AddOutputCache(o => o.AddPolicy(OutputCacheTags.ExportsPolicy, b => b.Tag(OutputCacheTags.Content).Expire(TimeSpan.FromHours(1))));

        // Security: API clients, tokens, permissions per caller
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
        app.MapProgrammeExports();
        app.MapContentApi();
        app.MapGraphQLEndpoint();
        app.MapTokenEndpoint();
        app.MapOpenApi();
        return app;
    }
}
