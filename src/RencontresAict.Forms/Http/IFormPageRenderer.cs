using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Http;

namespace RencontresAict.Forms.Http;

/// <summary>
/// Renders whole pages (the site's layout around them) for the forms endpoints: a form's own page shown again after a
/// post, or a view of the theme (<see cref="IWorkflowPageRenderer.RenderViewAsync"/>, which the signal links' pages use
/// too). The host provides it from its public site, so these pages look like every other.
/// </summary>
public interface IFormPageRenderer : IWorkflowPageRenderer
{
    Task<IResult> RenderContentAsync(HttpContext http, ContentItem item, int statusCode);
}
