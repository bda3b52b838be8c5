using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Forms.Http;

/// <summary>
/// Renders whole pages (the site's layout around them) for the forms endpoints: a form's own page shown again after a
/// post, or a view of the theme. The host provides it from its public site, so these pages look like every other.
/// </summary>
public interface IFormPageRenderer
{
    Task<IResult> RenderContentAsync(HttpContext http, ContentItem item, int statusCode);

    Task<IResult> RenderViewAsync(HttpContext http, string view, IReadOnlyDictionary<string, object?> model, string title, int statusCode);
}
