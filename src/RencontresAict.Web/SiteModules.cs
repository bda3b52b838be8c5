using RencontresAict.Content;
using RencontresAict.Search;
using RencontresAict.Web.Display;
using RencontresAict.Workflows;

namespace RencontresAict.Web;

/// <summary>
/// The modules that make up the site, in one list shared by the web host and the command-line verbs, so a recipe
/// imported from the CLI knows every step the running site knows.
/// </summary>
public static class SiteModules
{
    public static IServiceCollection AddSiteModules(this IServiceCollection services)
    {
        // The content engine: store, definitions, items, handlers, Liquid, recipes, first-run setup.
        services.AddContentEngine();

        // Workflows (types, instances, activities, signal links, timers) and the e-mail outbox with its dispatcher.
        services.AddWorkflows();

        // Lucene search: French analysis, indexing on publish, the search service, stored queries.
        services.AddSearch();

        // The public site: theme views, pages by path, output cache evicted when published content changes.
        services.AddPublicSite();
        return services;
    }

    public static WebApplication MapSiteModules(this WebApplication app)
    {
        // Liveness for load balancers and tests.
        app.MapGet("/health", () => Results.Text("ok"));

        // Workflow URLs: /workflows/Invoke (HttpRequestEvent) and /workflows/signal (signal links).
        app.MapWorkflows();

        // /api/search and /api/queries/{name}, and the visitors' page /recherche.
        app.MapSearch();
        app.MapSearchPage();

        // Public pages (/, /programme, /intervenants, /partenaires, /infos-pratiques, content paths, the theme's 404).
        // Last: its catch-all route answers whatever no module claimed.
        app.MapPublicSite();
        return app;
    }
}
