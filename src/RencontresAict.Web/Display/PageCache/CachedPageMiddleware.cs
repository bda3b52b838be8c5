using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace RencontresAict.Web.Display.PageCache;

/// <summary>
/// In front of routing, the output cache and everything after them: a GET of a public page or export that was answered
/// before is answered again from <see cref="CachedPageStore"/> with its headers and bytes, in one dictionary lookup and
/// one write. Everything else, and the first answer of each page, goes through the whole pipeline; the answer is then
/// kept if the output cache kept it (its policy decides: an endpoint with a policy, 200, no cookie set, nothing
/// private) and it is plain (not compressed, varying on nothing). Requests the output cache passes by pass this by too
/// (Authorization), as do CORS requests (Origin) and conditional ones, which the pipeline answers as before.
/// </summary>
public sealed class CachedPageMiddleware(RequestDelegate next, CachedPageStore store, IOptions<PublicSiteOptions> options, TimeProvider clock)
{
    private static readonly HashSet<string> _headersNotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Age,
        HeaderNames.StrictTransportSecurity,
    };

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        var get = HttpMethods.IsGet(request.Method);
        if ((!get && !HttpMethods.IsHead(request.Method)) || !options.Value.OutputCache
            || request.Headers.ContainsKey(HeaderNames.Authorization) || request.Headers.ContainsKey(HeaderNames.Origin)
            || request.Headers.ContainsKey(HeaderNames.IfNoneMatch) || request.Headers.ContainsKey(HeaderNames.IfModifiedSince))
        {
            return next(http);
        }

        var key = request.Path.Value + request.QueryString.Value;
        if (store.Find(key) is { } page)
        {
            return AnswerAsync(http, page, get, clock.GetUtcNow());
        }

        return get ? RenderAndKeepAsync(http, key) : next(http);
    }

    private static Task AnswerAsync(HttpContext http, CachedPage page, bool withBody, DateTimeOffset now)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentLength = page.Body.Length;
        response.Headers.Age = ((long)Math.Max(0, (now - page.StoredUtc).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return withBody ? response.Body.WriteAsync(page.Body, http.RequestAborted).AsTask() : Task.CompletedTask;
    }

    private async Task RenderAndKeepAsync(HttpContext http, string key)
    {
        var generation = store.Generation;
        var rendering = store.BeginRendering();
        var response = http.Response;
        var original = response.Body;
        await using var capture = new CapturingStream(original, CachedPageStore.MaxBodyBytes);
        response.Body = capture;
        try
        {
            await next(http);
        }
        finally
        {
            response.Body = original;
        }

        if (rendering.KeptByOutputCache && capture.Captured is { } body && IsPlain(http))
        {
            var headers = response.Headers.Where(h => !_headersNotKept.Contains(h.Key)).ToArray();
            var now = clock.GetUtcNow();
            store.Add(key, new CachedPage(headers, body, now, now + options.Value.CacheDuration), generation);
        }
    }

    private static bool IsPlain(HttpContext http)
    {
        var response = http.Response;
        // Cookies, statuses and privacy were the output cache's decision already; what is left is what this key cannot tell apart.
        if (response.StatusCode != StatusCodes.Status200OK || http.RequestAborted.IsCancellationRequested
            || response.Headers.ContainsKey(HeaderNames.ContentEncoding))
        {
            return false;
        }

        // A page that varies on a request header is kept only if it varies on what this middleware never serves (Origin).
        return response.Headers.Vary.All(v => v is null || v.Split(',').All(h => h.Trim().Equals(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase)));
    }
}
