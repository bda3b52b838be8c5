using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Localization;
using RencontresAict.Web.Display.Languages;
using RencontresAict.Web.Display.Editions;
using RencontresAict.Web.Display.PageCache;

namespace RencontresAict.Web.Display;

/// <summary>The public site: French pages (English under /en, texts from the Web project's Localization/en.po) rendered from the theme's Liquid views and served from the output cache.</summary>
public static class PublicSiteModule
{
    /// <summary>The output-cache policy of public pages; entries carry the tag evicted when published content changes.</summary>
    public const string CachePolicy = "PublicPages";

    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section);
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<PublicSiteOptions>>((o, site) => o.AddPolicy(CachePolicy, b =>
            {
                if (site.Value.OutputCache)
                {
                    // Keyed by culture as well as by path: the same address never serves another language's page.
                    b.Tag(OutputCacheEvictionHandler.Tag).Expire(site.Value.CacheDuration)
                        .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name));
                }
                else
                {
                    b.NoCache();
                }
            }));
        AddCachedPages(services);
        services.AddScoped<IContentHandler, OutputCacheEvictionHandler>();
        services.AddSingleton<PublicChangeSignal>();
        services.TryAddSingleton<ISiteChangeBroadcast>(sp => sp.GetRequiredService<PublicChangeSignal>());
        services.AddHostedService<PublicChangeWatcher>();
        services.AddScoped<PublicPageRenderer>();
        services.AddScoped<PageMetaBuilder>();
        services.AddScoped<PageLanguage>();
        services.AddPoTranslations(typeof(PublicSiteModule).Assembly);
        services.AddScoped<ContentBlockModels>();
        services.AddScoped<HomeRouteReader>();
        services.AddScoped<ContentRouteResolver>();
        services.AddScoped<RencontresAict.Conference.Editions.ICurrentEditionObserver, CurrentEditionCacheEviction>();
        services.AddScoped<EditionPages>();
        services.AddScoped<CurrentRegistrationPage>();
        services.AddScoped<RencontresAict.Forms.Http.IFormPageRenderer, FormPageRenderer>();
        return services;
    }

    /// <summary>
    /// Answers pages and exports already rendered from their bytes, before routing and the output cache (see
    /// <see cref="CachedPageMiddleware"/>); the host calls it right after its own headers, then UseRouting.
    /// </summary>
    public static WebApplication UseCachedPages(this WebApplication app)
    {
        app.UseMiddleware<CachedPageMiddleware>();
        return app;
    }

    /// <summary>The byte cache, emptied by the output cache's store whenever a tag is evicted.</summary>
    private static void AddCachedPages(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CachedPageStore>();
        var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(store);
        services.AddSingleton<IOutputCacheStore>(sp => new EvictingOutputCacheStore(
            (IOutputCacheStore)(store.ImplementationInstance ?? store.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, store.ImplementationType!)),
            sp.GetRequiredService<CachedPageStore>()));
    }

    /// <summary>
    /// Maps the pages. The host turns the output cache on once for every module, after UseRateLimiter (stack notes P3);
    /// only endpoints with a named policy are cached.
    /// </summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.MapPublicPages();
        return app;
    }
}
