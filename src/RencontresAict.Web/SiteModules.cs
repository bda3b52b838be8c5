using RencontresAict.Admin;
using RencontresAict.Admin.Editing;
using RencontresAict.Api;
using RencontresAict.Conference;
using RencontresAict.Content;
using RencontresAict.Forms;
using RencontresAict.Search;
using RencontresAict.Web.Cluster;
using RencontresAict.Web.Display;
using RencontresAict.Web.Display.Languages;
using RencontresAict.Web.Hosting;
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

        // Headless: REST content API, GraphQL, API client tokens.
        services.AddApi();

        // Lucene search: French analysis, indexing on publish, the search service, stored queries.
        services.AddSearch();

        // Forms (elements, rules, the form activities); posts are rate-limited per IP.
        services.AddForms();

        // The conference: editions, programme, speakers, partners, venue, programme exports, the registration and its e-mails.
        services.AddConference();

        // The public site: theme views, pages by path, output cache evicted when published content changes.
        services.AddPublicSite();

        // The staff's admin at /admin: sign-in, roles, content editing, media, content types; its preview shows a
        // draft through the public display pipeline (the theme's templates and layout).
        services.AddAdmin();
        services.AddScoped<IContentPreviewRenderer, DraftPreviewRenderer>();

        // In front of every module: trusted proxies' forwarded headers, security headers, the French error page.
        services.AddSiteHosting();

        // Several servers (Redis:Configuration): Redis's locks, change broadcast and Data Protection keys replace the
        // single-process ones; without it, nothing changes.
        services.AddCluster();
        return services;
    }

    public static WebApplication MapSiteModules(this WebApplication app)
    {
        // The real client and scheme behind a known proxy, then the security headers and the French error page.
        app.UseSiteHosting();

        // Pages and exports already rendered, answered from their bytes before everything below (their key is the path,
        // which also says their language); then the public site's language from its address (/en: English, else French)
        // for what is rendered, and routing.
        app.UseCachedPages();
        app.UsePublicCultures();
        app.UseRouting();

        // Cross-origin reads of the API (Api:CorsOrigins), the per-IP limit on form posts, then the output cache
        // shared by pages and exports: the limiter comes first so cached answers are limited too (stack notes P3).
        app.UseCors();
        app.UseRateLimiter();
        app.UseOutputCache();

        // Who calls, only where a module said someone can be signed in or carry a token (/admin, /api, /connect).
        app.UseSiteAuthentication();

        // Liveness for load balancers and tests.
        app.MapGet("/health", () => Results.Text("ok"));

        // Workflow URLs: /workflows/Invoke (HttpRequestEvent) and /workflows/signal (signal links).
        app.MapWorkflows();

        // /api/content, /api/graphql, /connect/token, /openapi/v1.json.
        app.MapApi();

        // /api/search and /api/queries/{name}, and the visitors' page /recherche.
        app.MapSearch();
        app.MapSearchPage();

        // Form posts (/formulaires/{id}).
        app.MapForms();

        // /programme.ics, /schedule.json, /schedule.xml and the registration's cancellation pages.
        app.MapConference();

        // The admin's route group (every page requires sign-in) and the media files at /media.
        app.MapAdmin();

        // Public pages (/, /programme, /intervenants, /partenaires, /infos-pratiques, content paths, the theme's 404).
        // Last: its catch-all route answers whatever no module claimed.
        app.MapPublicSite();
        return app;
    }
}
