using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Templates;

namespace RencontresAict.Content.Flows;

/// <summary>
/// Orchard's display building blocks: flows and bags (through <see cref="ContentDisplayManager"/>), templates stored by
/// the Templates and AdminTemplates steps (winning over the theme's files), the shape filters and tags of Orchard's
/// Liquid (<c>shape_build_display</c>, <c>shape_render</c>, <c>asset_url</c>, <c>{% zone %}</c>,
/// <c>{% shape %}</c>).
/// </summary>
public static class WidgetsModule
{
    public static IServiceCollection AddWidgetsAndTemplates(this IServiceCollection services)
    {
        services.AddScoped<StoredTemplates>();
        services.AddScoped<TemplateResolver>();
        services.AddScoped<LayoutZones>();
        services.AddScoped<IRecipeStepHandler, TemplatesStepHandler>();
        services.AddScoped<IRecipeStepHandler, AdminTemplatesStepHandler>();
        services.AddLiquidFilter<ShapeBuildDisplayFilter>("shape_build_display");
        services.AddLiquidFilter<ShapeRenderFilter>("shape_render");
        services.AddLiquidFilter<AssetUrlFilter>("asset_url");
        return services;
    }
}
