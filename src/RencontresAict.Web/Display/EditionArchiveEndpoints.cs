using RencontresAict.Conference.Display;
using RencontresAict.Content.Settings;
using RencontresAict.Conference.Display.Editions;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Web.Display;

/// <summary>
/// Every published edition's own pages under its year (<c>/2022/</c>, <c>/2022/programme</c>, <c>/2022/intervenants</c>,
/// <c>/2022/partenaires</c>, <c>/2022/infos-pratiques</c>, <c>/2022/inscription</c>) and the series (<c>/editions</c>). The
/// current edition answers under its year too. A year with no published edition is the 404 page (a draft shows nothing).
/// </summary>
public static class EditionArchiveEndpoints
{
    private static readonly string[] _getAndHead = ["GET", "HEAD"];

    public static RouteGroupBuilder MapEditionArchives(this RouteGroupBuilder pages)
    {
        pages.MapMethods("/editions", _getAndHead, Series);
        pages.MapMethods("/{year:int:range(1000,9999)}", _getAndHead, Home);
        pages.MapMethods("/{year:int:range(1000,9999)}/programme", _getAndHead, Programme);
        pages.MapMethods("/{year:int:range(1000,9999)}/intervenants", _getAndHead, Speakers);
        pages.MapMethods("/{year:int:range(1000,9999)}/partenaires", _getAndHead, Partners);
        pages.MapMethods("/{year:int:range(1000,9999)}/infos-pratiques", _getAndHead, PracticalInformation);
        pages.MapMethods("/{year:int:range(1000,9999)}/inscription", _getAndHead, Registration);
        return pages;
    }

    private static async Task<IResult> Series(HttpContext http, PublicPageRenderer renderer, EditionCatalog catalog, SiteBaseUrl site)
    {
        var editions = await catalog.ListAsync();
        var model = new Dictionary<string, object?> { ["Editions"] = editions.Reverse().ToList() };
        return await renderer.ViewAsync(http, "Editions", model, "Les éditions", EventJsonLdBuilder.ForSeries(editions, await site.GetAsync()));
    }

    private static Task<IResult> Home(int year, HttpContext http, EditionCatalog catalog, PublicPageRenderer renderer, EditionPages pages) =>
        InYearAsync(year, http, catalog, renderer, e => pages.HomeAsync(http, e));

    private static Task<IResult> Programme(int year, HttpContext http, EditionCatalog catalog, PublicPageRenderer renderer, EditionPages pages) =>
        InYearAsync(year, http, catalog, renderer, e => pages.ProgrammeAsync(http, e));

    private static Task<IResult> Speakers(int year, HttpContext http, EditionCatalog catalog, PublicPageRenderer renderer, EditionPages pages) =>
        InYearAsync(year, http, catalog, renderer, e => pages.SpeakersAsync(http, e));

    private static Task<IResult> Partners(int year, HttpContext http, EditionCatalog catalog, PublicPageRenderer renderer, EditionPages pages) =>
        InYearAsync(year, http, catalog, renderer, e => pages.PartnersAsync(http, e));

    private static Task<IResult> PracticalInformation(int year, HttpContext http, EditionCatalog catalog, PublicPageRenderer renderer, EditionPages pages) =>
        InYearAsync(year, http, catalog, renderer, e => pages.PracticalInformationAsync(http, e));

    /// <summary>The current edition's year shows its form (as <c>/inscription</c>); an archived year says registration is closed.</summary>
    private static async Task<IResult> Registration(
        int year, HttpContext http, EditionCatalog catalog, EditionReader editions, PublicPageRenderer renderer, EditionPages pages, CurrentRegistrationPage registration)
    {
        var current = await editions.GetCurrentAsync();
        return current?.Year == year
            ? await registration.ShowAsync(http)
            : await InYearAsync(year, http, catalog, renderer, e => pages.RegistrationClosedAsync(http, e));
    }

    private static async Task<IResult> InYearAsync(
        int year, HttpContext http, EditionCatalog catalog, PublicPageRenderer renderer, Func<EditionModel, Task<IResult>> page) =>
        await catalog.FindByYearAsync(year) is { } edition ? await page(edition) : await renderer.NotFoundAsync(http);
}
