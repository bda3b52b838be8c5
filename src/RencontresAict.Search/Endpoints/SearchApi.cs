using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Search.Searching;

namespace RencontresAict.Search.Endpoints;

/// <summary>/api/search: the visitors' search as JSON, for front ends (the same answer the /recherche page renders).</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", Search);
        return endpoints;
    }

    private static async Task<IResult> Search(HttpRequest request, SearchService search)
    {
        string? Get(string key) => request.Query[key].FirstOrDefault();
        var page = int.TryParse(Get("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var results = await search.SearchAsync(new SearchRequest(Get("q"), Get("type"), Get("format"), Get("day"), page));
        return Results.Ok(results);
    }
}
