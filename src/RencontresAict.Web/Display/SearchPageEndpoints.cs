using System.Globalization;
using Microsoft.Extensions.Localization;
using RencontresAict.Search.Searching;

namespace RencontresAict.Web.Display;

/// <summary>/recherche (and /en/search, English items first): the visitors' search page, rendered from the theme's Search.liquid (never cached: it answers a query).</summary>
public static class SearchPageEndpoints
{
    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/recherche", Search);
        app.MapGet(Languages.PageAddresses.English("Search"), Search);
        return app;
    }

    private static async Task<IResult> Search(HttpContext http, SearchService search, PublicPageRenderer renderer, IStringLocalizer<PublicPageRenderer> texts)
    {
        string? Get(string key) => http.Request.Query[key].FirstOrDefault() is { Length: > 0 } value ? value : null;
        var page = int.TryParse(Get("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var results = await search.SearchAsync(new SearchRequest(Get("q"), Get("type"), Get("format"), Get("day"), page));
        var title = results.Searched ? texts["Recherche : {0}", results.Terms ?? ""].Value : "Recherche";
        return await renderer.ViewAsync(http, "Search", new Dictionary<string, object?>
        {
            ["Results"] = results,
            ["PreviousUrl"] = results.HasPreviousPage ? PageUrl(http, results.Page - 1) : null,
            ["NextUrl"] = results.HasNextPage ? PageUrl(http, results.Page + 1) : null,
        }, title);
    }

    /// <summary>The same search on another page, keeping the words and filters.</summary>
    private static string PageUrl(HttpContext http, int page)
    {
        var query = http.Request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(http.Request.Path.Value ?? "/recherche", query);
    }
}
