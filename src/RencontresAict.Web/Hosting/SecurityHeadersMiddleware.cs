namespace RencontresAict.Web.Hosting;

/// <summary>
/// Headers every answer carries, whoever wrote it (pages, API, assets, error pages): a Content-Security-Policy with no
/// inline script or style (the theme and the admin load theirs from files; JSON-LD is data, not script), no MIME
/// sniffing, a referrer trimmed to the origin across sites, no framing of the admin by anyone (the public site only by
/// itself), and HSTS once the request came over https (after the forwarded headers, so behind a TLS proxy too).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string AdminPath = "/admin";
    public const string HstsValue = "max-age=31536000";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'";

    public const string PublicPolicy = Policy + "; frame-ancestors 'self'";
    public const string AdminPolicy = Policy + "; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        // The state overload with a static callback: no closure allocated per request.
        http.Response.OnStarting(static state => AddHeaders((HttpContext)state), http);
        return next(http);
    }

    private static Task AddHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        if (headers.ContentSecurityPolicy.Count == 0)
        {
            // An endpoint may set a stricter policy of its own (SVG media: no script at all).
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(AdminPath) ? AdminPolicy : PublicPolicy;
        }

        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (http.Request.IsHttps)
        {
            headers.StrictTransportSecurity = HstsValue;
        }

        return Task.CompletedTask;
    }
}
