using Ganss.Xss;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Flows;
using RencontresAict.Content.Handlers;
using RencontresAict.Content.Layers;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Lists;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Navigation;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Security;
using RencontresAict.Content.Settings;
using RencontresAict.Content.Taxonomies;

namespace RencontresAict.Content;

/// <summary>Registers the content engine: store, definitions, items and their handlers, Liquid, site settings, recipes.</summary>
public static class ContentModule
{
    public static IServiceCollection AddContentEngine(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddOptions<ContentOptions>();
        services.AddOptions<MediaStorageOptions>().BindConfiguration(MediaStorageOptions.Section);

        // One process by default; the host swaps in Redis's when Redis:Configuration is set (Web/Cluster).
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section);
        services.TryAddSingleton<IDistributedLock, LocalDistributedLock>();
        // Site:AsOf shifts the clock every service reads (registration windows, link expiry, e-mail retries).
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SiteOptions>>().Value.AsOf is { } asOf
            ? new SiteClock(asOf, TimeProvider.System)
            : TimeProvider.System);

        // Store
        services.AddSingleton<IDatabase>(sp =>
            string.Equals(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
                ? ActivatorUtilities.CreateInstance<PostgresDatabase>(sp)
                : ActivatorUtilities.CreateInstance<SqliteDatabase>(sp));
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<IDataMigration, DocumentMigration>();
        services.AddSingleton<IDataMigration, ContentIndexMigration>();
        services.AddScoped<DocumentSession>();

        // Content
        services.AddSingleton<IdGenerator>();
        services.AddSingleton<ParsedDocumentCache>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<ContentItemStore>();
        services.AddScoped<ContentManager>();
        services.AddScoped<SiteSettingsService>();
        services.AddScoped<SiteBaseUrl>();
        services.AddSingleton<IContentIndexProvider, ContentItemIndexProvider>();
        services.AddSingleton<IContentIndexProvider, ContentFieldIndexProvider>();
        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<IContentHandler, HtmlBodyPartHandler>();
        services.AddScoped<IContentHandler, HomepageRouteHandler>();
        services.AddScoped<IContentHandler, ContentFieldValidationHandler>();
        services.AddSingleton<IHtmlSanitizer>(_ =>
        {
            var sanitizer = new HtmlSanitizer();
            sanitizer.AllowedAttributes.Add("id");
            sanitizer.AllowedAttributes.Add("class");
            return sanitizer;
        });
        services.AddSingleton(provider => new Lazy<IHtmlSanitizer>(provider.GetRequiredService<IHtmlSanitizer>));

        // Localization sets (LocalizationPart, cultures from the LocalizationSettings site setting)
        services.AddContentLocalization();

        // Liquid
        services.AddSingleton<LiquidTemplateManager>();
        services.AddSingleton<ThemeTemplateStore>();
        services.AddScoped<ContentDisplayManager>();
        services.TryAddSingleton<RencontresAict.Content.Localization.PoTranslationCatalog>();
        services.AddLiquidFilter<MarkdownifyFilter>("markdownify");
        services.AddLiquidFilter<SanitizeHtmlFilter>("sanitize_html");
        services.AddLiquidFilter<LocalFilter>("local");
        services.AddLiquidFilter<DateFrFilter>("date_fr");
        services.AddLiquidFilter<DateTextFilter>("date_text");
        services.AddLiquidFilter<TranslateFilter>("t");
        services.AddLiquidFilter<ContentItemIdFilter>("content_item_id");
        services.AddLiquidFilter<JsonFilter>("json");
        services.AddLiquidFilter<DisplayTextFilter>("display_text");
        services.AddLiquidFilter<DisplayUrlFilter>("display_url");
        services.AddLiquidFilter<SlugifyFilter>("slugify");
        services.AddLiquidFilter<FrenchTypographyFilter>("french_typography");
        services.AddLiquidFilter<TaxonomyTermsFilter>("taxonomy_terms");

        // Orchard's building blocks: lists, taxonomies, menus, layers
        services.AddScoped<ContainedItemsQuery>();
        services.AddScoped<RecentChangesQuery>();
        services.AddScoped<ContainedItemRoutes>();
        services.AddScoped<MenuReader>();
        services.AddScoped<LayerZoneRenderer>();
        services.AddWidgetsAndTemplates();

        // Recipes: executor, steps, export, setup
        services.AddRecipes();

        // Users, roles, permissions and the Roles step
        services.AddContentSecurity();
        return services;
    }

    public static IServiceCollection AddLiquidFilter<TFilter>(this IServiceCollection services, string name)
        where TFilter : class, ILiquidFilter
    {
        services.TryAddScoped<TFilter>();
        services.Configure<LiquidOptions>(o => o.FilterTypes[name] = typeof(TFilter));
        return services;
    }
}
