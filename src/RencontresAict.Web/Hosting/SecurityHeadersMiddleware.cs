using Microsoft.Extensions.Options;
using RencontresAict.Forms.ReCaptcha;

namespace RencontresAict.Web.Hosting;

/// <summary>
/// Headers every answer carries, whoever wrote it (pages, API, assets, error pages): a Content-Security-Policy with no
/// inline script or style (the theme and the admin load theirs from files; JSON-LD is data, not script), no MIME
/// sniffing, a referrer trimmed to the origin across sites, no framing of the admin by anyone (the public site only by
/// itself), and HSTS once the request came over https (after the forwarded headers, so behind a TLS proxy too).
/// With a reCAPTCHA site key configured, the public pages' policy also lets in that provider's script and frame.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<ReCaptchaOptions> reCaptcha)
{
    public const string AdminPath = "/admin";
    public const string HstsValue = "max-age=31536000";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'";

    public const string PublicPolicy = Policy + "; frame-ancestors 'self'";
    public const string AdminPolicy = Policy + "; frame-ancestors 'none'";

    private readonly string _publicPolicy = WithReCaptcha(reCaptcha.Value);

    private Func<object, Task>? _addHeadersCallback;

    private Func<object, Task> AddHeadersCallback => _addHeadersCallback ??= state => AddHeaders((HttpContext)state);

    public Task InvokeAsync(HttpContext http)
    {
        // One callback made with the middleware, given the request as its state: no closure allocated per request.
        http.Response.OnStarting(AddHeadersCallback, http);
        return next(http);
    }

    private Task AddHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        if (headers.ContentSecurityPolicy.Count == 0)
        {
            // An endpoint may set a stricter policy of its own (SVG media: no script at all).
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(AdminPath) ? AdminPolicy : _publicPolicy;
        }

        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (http.Request.IsHttps)
        {
            headers.StrictTransportSecurity = HstsValue;
        }

        return Task.CompletedTask;
    }

    private static string WithReCaptcha(ReCaptchaOptions options)
    {
        var (scripts, frames) = options.CspSources();
        return scripts.Length == 0 ? PublicPolicy
            : PublicPolicy.Replace("script-src 'self'", "script-src 'self' " + scripts, StringComparison.Ordinal) + "; frame-src " + frames;
    }
}
