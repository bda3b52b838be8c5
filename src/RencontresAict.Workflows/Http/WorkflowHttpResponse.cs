using Microsoft.AspNetCore.Http;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// The answer an activity chose for the request (a redirect, a page), kept in the request's items and sent by the
/// endpoint only after the workflow's transaction committed — so a visitor never sees success for lost work.
/// Forms activities (HttpRedirectToFormLocationTask) set it the same way.
/// </summary>
public static class WorkflowHttpResponse
{
    private static readonly object ItemsKey = new();

    public static void Set(HttpContext http, IResult result) => http.Items[ItemsKey] = result;

    public static IResult? Get(HttpContext http) => http.Items.TryGetValue(ItemsKey, out var result) ? result as IResult : null;
}
