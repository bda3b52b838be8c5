using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using RencontresAict.Admin.Media.Resizing;
using RencontresAict.Content;
using RencontresAict.Content.Cluster;

namespace RencontresAict.Admin.Media;

/// <summary>
/// Serves the media folder at /media/… with the content type of the accepted kinds only, and nosniff. SVG files (which
/// only recipes write: uploads refuse them) are served with a policy under which their scripts cannot run, and never
/// resized. A JPEG, PNG or WebP asked with <c>?width=…&amp;height=…&amp;rmode=…</c> (Orchard's query) is served resized
/// from the disk cache (<see cref="ResizedMediaCache"/>) when the sizes are allowed, else as it is. It is an endpoint,
/// not static-file middleware, so it wins over the public site's catch-all content route.
/// </summary>
public static class MediaFiles
{
    /// <summary>No script, no plugin, no request out, sandboxed: what an SVG document may do when opened directly.</summary>
    public const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder app)
    {
        var root = app.ServiceProvider.GetRequiredService<IOptions<MediaStorageOptions>>().Value
            .ResolveRoot(app.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value);
        Directory.CreateDirectory(root);
        var files = new PhysicalFileProvider(root);
        app.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], async (string? path, HttpContext context, ResizedMediaCache cache, MediaProfileReader profiles) =>
        {
            // No segment may start with a dot: the resized cache (.resized) and any hidden file are not served as they are.
            var info = string.IsNullOrEmpty(path) || path.Split('/').Any(s => s.StartsWith('.')) ? null : files.GetFileInfo(path);
            var extension = Path.GetExtension(info?.Name) ?? "";
            var isSvg = string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase);
            var contentType = isSvg ? "image/svg+xml" : MediaKind.ContentTypes.GetValueOrDefault(extension);
            if (info is not { Exists: true, IsDirectory: false, PhysicalPath: not null } || contentType is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "public, max-age=3600";
            if (isSvg)
            {
                // An SVG imported by a recipe may carry script: served as an image that can run none of it, even opened alone.
                context.Response.Headers.ContentSecurityPolicy = SvgPolicy;
            }
            else if (ResizedMediaCache.CanResize(info.Name) && MediaResizeRequest.FromQuery(context.Request.Query) is { } request
                && await profiles.IsAllowedAsync(request))
            {
                var resized = await cache.GetAsync(root, path!, info.PhysicalPath, request, context.RequestAborted);
                return resized is { } file
                    ? Results.File(file.Path, file.ContentType, lastModified: File.GetLastWriteTimeUtc(file.Path), enableRangeProcessing: true)
                    : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cette image ne peut pas être redimensionnée.");
            }

            return Results.File(info.PhysicalPath, contentType, lastModified: info.LastModified, enableRangeProcessing: true);
        }).AllowAnonymous();
        return app;
    }
}
