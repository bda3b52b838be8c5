using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using RencontresAict.Content;

namespace RencontresAict.Admin.Media;

/// <summary>Serves the media folder at /media/… with the content type of the accepted kinds only, and nosniff.</summary>
public static class MediaFiles
{
    public static WebApplication MapMediaFiles(this WebApplication app)
    {
        var root = Path.GetFullPath(Path.Combine(app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.DataPath, "media"));
        Directory.CreateDirectory(root);
        var types = new FileExtensionContentTypeProvider(new Dictionary<string, string>(MediaKind.ContentTypes, StringComparer.OrdinalIgnoreCase));
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/media",
            FileProvider = new PhysicalFileProvider(root),
            ContentTypeProvider = types,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context => context.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        return app;
    }
}
