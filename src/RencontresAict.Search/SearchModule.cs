using RencontresAict.Content.Recipes;
using RencontresAict.Content.Setup;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Search.Analysis;
using RencontresAict.Search.Endpoints;
using RencontresAict.Search.Indexing;
using RencontresAict.Search.Queries;
using RencontresAict.Search.Recipes;
using RencontresAict.Search.Searching;
using RencontresAict.Search.Services;

namespace RencontresAict.Search;

/// <summary>Registers Lucene search: index files, French analysis, indexing on publish, the search service, stored queries.</summary>
public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        // Index files and analysis
        services.AddSingleton<LuceneAnalyzerManager>();
        services.AddSingleton<LuceneIndexStore>();
        services.AddScoped<LuceneIndexSettingsService>();

        // Indexing: a task per change in the change's transaction, applied after commit
        services.AddSingleton<IDataMigration, IndexingTaskMigration>();
        services.AddScoped<IContentHandler, LuceneIndexingHandler>();
        services.AddScoped<LuceneIndexingService>();
        services.AddHostedService<IndexingTaskFollower>(); // several servers only: follows the other nodes' changes

        // Searching and stored queries
        services.AddScoped<TermTitleResolver>();
        services.AddScoped<SearchService>();
        services.AddScoped<VisitorTypeFilter>();
        services.AddScoped<QueryManager>();
        services.AddScoped<LuceneQueryRunner>();

        // Recipe steps (adapted to the recipe executor at merge)
        services.AddSingleton<StartupIndexing>();
        services.AddHostedService(sp => sp.GetRequiredService<StartupIndexing>());
        services.AddSingleton<ISiteStartupTask, SearchStartupTask>();
        services.AddScoped<IRecipeStepHandler, LuceneIndexStep>();
        services.AddScoped<RencontresAict.Content.Recipes.Export.IRecipeExportSource, LuceneIndexExportSource>();
        services.AddScoped<IRecipeStepHandler, LuceneIndexRebuildStep>();
        services.AddScoped<IRecipeStepHandler, LuceneIndexResetStep>();
        services.AddScoped<IRecipeStepHandler, QueriesStep>();
        return services;
    }

    /// <summary>Maps /api/search and /api/queries/{name}.</summary>
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSearchApi();
        endpoints.MapQueriesApi();
        return endpoints;
    }
}
