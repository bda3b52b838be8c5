using Microsoft.AspNetCore.Http.HttpResults;
using RencontresAict.Admin.Editing;
using RencontresAict.Conference.Display;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Web.Display;

/// <summary>
/// The admin's preview: a version (the draft) rendered exactly as its public page, through the theme's Content-{Type}
/// template and Layout. A type the theme cannot show falls back to the admin's summary.
/// </summary>
public sealed class DraftPreviewRenderer(PublicPageRenderer renderer, ContentPageModels models) : IContentPreviewRenderer
{
    public async Task<string?> RenderAsync(ContentItem item, HttpContext context)
    {
        var (extra, jsonLd) = await models.BuildAsync(item);
        return await renderer.ContentAsync(context, item, extra, jsonLd) is ContentHttpResult { StatusCode: null or 200 } page
            ? page.ResponseContent
            : null;
    }
}
