using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Conference.Display;
using RencontresAict.Conference.Editions;
using RencontresAict.Web.Display.Languages;

namespace RencontresAict.Web.Display;

/// <summary>
/// The public site's pages, in French and under <c>/en</c> in English. Content pages are found by their AutoroutePart
/// path; anything else (<c>/de/</c> included) is the theme's 404.
/// </summary>
public static class PublicSiteEndpoints
{
    private static readonly string[] _getAndHead = ["GET", "HEAD"];

    public static IEndpointRouteBuilder MapPublicPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").CacheOutput(PublicSiteModule.CachePolicy);
        pages.MapMethods("/", _getAndHead, Home);
        pages.MapMethods("/programme", _getAndHead, Programme);
        pages.MapMethods("/intervenants", _getAndHead, Speakers);
        pages.MapMethods("/partenaires", _getAndHead, Partners);
        pages.MapMethods("/infos-pratiques", _getAndHead, PracticalInformation);
        pages.MapMethods(CurrentRegistrationPage.Path, _getAndHead, (HttpContext http, CurrentRegistrationPage registration) => registration.ShowAsync(http));
        pages.MapEditionArchives();

        // English under /en (PublicCultures makes these requests English): the same pages, English items' own paths,
        // and a French item without translation at /en/{its path}, shown with a notice.
        pages.MapMethods("/en", _getAndHead, Home);
        pages.MapMethods(PageAddresses.English("Programme"), _getAndHead, Programme);
        pages.MapMethods(PageAddresses.English("Speakers"), _getAndHead, Speakers);
        pages.MapMethods(PageAddresses.English("Partners"), _getAndHead, Partners);
        pages.MapMethods(PageAddresses.English("PracticalInformation"), _getAndHead, PracticalInformation);
        pages.MapMethods("/en/{**path}", _getAndHead, EnglishContentByPath);
        pages.MapMethods("/{**path}", _getAndHead, ContentByPath);
        app.MapGet("/theme/{**file}", ThemeAsset);
        return app;
    }

    /// <summary>
    /// The item the site's HomeRoute names (Orchard's Settings step), else the current edition's home. A HomeRoute naming
    /// an edition (as the Rencontres recipe does, for a stock Orchard site) means "the edition": the current one, which
    /// is a setting of its own (« Édition courante »), so changing it never leaves the home page on last year.
    /// </summary>
    private static async Task<IResult> Home(
        HttpContext http, PublicPageRenderer renderer, EditionReader editions, EditionPages pages, ContentPageModels models,
        ContentBlockModels blocks, HomeRouteReader homeRoute, LocalizedContentQuery localized)
    {
        if (await homeRoute.ReadAsync() is { } item && item.ContentType != EditionDirectory.ContentType)
        {
            return await ShowAsync(http, renderer, models, blocks, await localized.ForCurrentCultureAsync(item));
        }

        return await editions.GetCurrentAsync() is { } edition ? await pages.HomeAsync(http, edition) : await renderer.NotFoundAsync(http);
    }

    private static async Task<IResult> Programme(HttpContext http, PublicPageRenderer renderer, EditionReader editions, EditionPages pages) =>
        await editions.GetCurrentAsync() is { } edition ? await pages.ProgrammeAsync(http, edition) : await renderer.NotFoundAsync(http);

    /// <summary>The current edition's speakers; with no edition announced, every published speaker.</summary>
    private static async Task<IResult> Speakers(HttpContext http, PublicPageRenderer renderer, EditionReader editions, EditionPages pages, SpeakerReader speakers) =>
        await editions.GetCurrentAsync() is { } edition
            ? await pages.SpeakersAsync(http, edition)
            : await renderer.ViewAsync(http, "Speakers", new Dictionary<string, object?> { ["Speakers"] = await speakers.ListAsync() }, "Intervenants");

    private static async Task<IResult> Partners(HttpContext http, PublicPageRenderer renderer, EditionReader editions, EditionPages pages) =>
        await editions.GetCurrentAsync() is { } edition
            ? await pages.PartnersAsync(http, edition)
            : await renderer.ViewAsync(http, "Partners", new Dictionary<string, object?> { ["Groups"] = Array.Empty<object>() }, "Partenaires");

    private static async Task<IResult> PracticalInformation(HttpContext http, PublicPageRenderer renderer, EditionReader editions, EditionPages pages) =>
        await editions.GetCurrentAsync() is { } edition ? await pages.PracticalInformationAsync(http, edition) : await renderer.NotFoundAsync(http);

    private static async Task<IResult> ContentByPath(
        string? path, HttpContext http, PublicPageRenderer renderer, ContentRouteResolver routes, ContentPageModels models, ContentBlockModels blocks) =>
        await routes.ResolveAsync(path) is { } item ? await ShowAsync(http, renderer, models, blocks, item) : await renderer.NotFoundAsync(http);

    /// <summary>An English address: the item at that path (an English item's own), else the French item at the rest of it,
    /// shown as its English translation when one is published, else in French with a notice.</summary>
    private static async Task<IResult> EnglishContentByPath(
        string? path, HttpContext http, PublicPageRenderer renderer, ContentRouteResolver routes, ContentPageModels models, ContentBlockModels blocks,
        LocalizedContentQuery localized)
    {
        var item = await routes.ResolveAsync("en/" + path) ?? (await routes.ResolveAsync(path) is { } french ? await localized.ForCurrentCultureAsync(french) : null);
        return item is null ? await renderer.NotFoundAsync(http) : await ShowAsync(http, renderer, models, blocks, item);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, PublicPageRenderer renderer, ContentPageModels models, ContentBlockModels blocks, ContentItem item)
    {
        var (extra, jsonLd) = await models.BuildAsync(item);
        await blocks.AddAsync(item, extra, http);
        return await renderer.ContentAsync(http, item, extra, jsonLd);
    }

    /// <summary>The theme's assets (wwwroot). The file provider refuses any path that leaves the folder.</summary>
    private static async Task<IResult> ThemeAsset(string? file, HttpContext http, PublicPageRenderer renderer, ThemeTemplateStore theme)
    {
        var root = Path.Combine(theme.ThemePath, "wwwroot");
        if (ContentRouteResolver.IsPlausiblePath(file) && Directory.Exists(root))
        {
            using var provider = new PhysicalFileProvider(root);
            var info = provider.GetFileInfo(file!);
            if (info is { Exists: true, IsDirectory: false, PhysicalPath: not null }
                && new FileExtensionContentTypeProvider().TryGetContentType(info.Name, out var contentType))
            {
                http.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.File(info.PhysicalPath, contentType, lastModified: info.LastModified);
            }
        }

        return await renderer.NotFoundAsync(http);
    }
}
