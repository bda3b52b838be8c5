using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Content.Recipes.Steps;
using RencontresAict.Content.Setup;

namespace RencontresAict.Content.Recipes;

/// <summary>
/// Registers the recipe executor, exporter, site setup and the engine's own steps. Other modules add their steps
/// (WorkflowType, Roles, Queries, lucene-index, …) with <c>services.AddScoped&lt;IRecipeStepHandler, X&gt;()</c>.
/// </summary>
public static class RecipesModule
{
    public static IServiceCollection AddRecipes(this IServiceCollection services)
    {
        services.AddSingleton<RecipeExecutor>();
        services.AddScoped<RecipeExporter>();
        services.AddScoped<IRecipeExportSource, StoredStepsExportSource>();
        services.AddOptions<ExportPortabilityOptions>();
        services.AddSingleton<SiteSetupService>();
        services.AddScoped<IRecipeStepHandler, FeatureStepHandler>();
        services.AddScoped<IRecipeStepHandler, ThemesStepHandler>();
        services.AddScoped<IRecipeStepHandler, SettingsStepHandler>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStepHandler>();
        services.AddScoped<IRecipeStepHandler, ReplaceContentDefinitionStepHandler>();
        services.AddScoped<IRecipeStepHandler, DeleteContentDefinitionStepHandler>();
        services.AddScoped<IRecipeStepHandler, ContentStepHandler>();
        services.AddScoped<IRecipeStepHandler, MediaStepHandler>();
        services.AddScoped<IRecipeStepHandler, LayersStepHandler>();
        services.AddScoped<IRecipeStepHandler, AdminMenuStepHandler>();
        services.AddScoped<IRecipeStepHandler, MediaProfilesStepHandler>();
        return services;
    }
}
