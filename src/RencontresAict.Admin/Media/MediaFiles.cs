using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using RencontresAict.Content;
using RencontresAict.Content.Cluster;

namespace RencontresAict.Admin.Media;

/// <summary>
/// Serves the media folder at /media/… with the content type of the accepted kinds only, and nosniff. It is an
/// endpoint, not static-file middleware, so it wins over the public site's catch-all content route.
/// </summary>
public static class MediaFiles
{
    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder app)
    {
        var root = app.ServiceProvider.GetRequiredService<IOptions<MediaStorageOptions>>().Value
            .ResolveRoot(app.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value);
        Directory.CreateDirectory(root);
        var files = new PhysicalFileProvider(root);
        app.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], (string? path, HttpContext context) =>
        {
            var info = string.IsNullOrEmpty(path) ? null : files.GetFileInfo(path);
            if (info is not { Exists: true, IsDirectory: false, PhysicalPath: not null }
                || !MediaKind.ContentTypes.TryGetValue(Path.GetExtension(info.Name), out var contentType))
            {
                return Results.NotFound();
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(info.PhysicalPath, contentType, lastModified: info.LastModified, enableRangeProcessing: true);
        }).AllowAnonymous();
        return app;
    }
}
