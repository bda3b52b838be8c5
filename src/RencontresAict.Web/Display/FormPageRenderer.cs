using RencontresAict.Conference.Display;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Http;

namespace RencontresAict.Web.Display;

/// <summary>Lets the Forms module show its pages (a form again after a post, cancellation, messages) in the site's layout.</summary>
public sealed class FormPageRenderer(PublicPageRenderer renderer, ContentPageModels models) : IFormPageRenderer
{
    public async Task<IResult> RenderContentAsync(HttpContext http, ContentItem item, int statusCode)
    {
        var (extra, jsonLd) = await models.BuildAsync(item);
        return await renderer.ContentAsync(http, item, extra, jsonLd, statusCode);
    }

    public Task<IResult> RenderViewAsync(HttpContext http, string view, IReadOnlyDictionary<string, object?> model, string title, int statusCode) =>
        renderer.ViewAsync(http, view, model, title, status: statusCode);
}
