using Microsoft.AspNetCore.Http;

namespace RencontresAict.Workflows.Http;

/// <summary>
/// Renders a view of the public theme inside the site's layout, so the pages a visitor reaches from an e-mail link look
/// like every other page. The host provides it; without one, the workflow endpoints answer with plain French pages.
/// </summary>
public interface IWorkflowPageRenderer
{
    Task<IResult> RenderViewAsync(HttpContext http, string view, IReadOnlyDictionary<string, object?> model, string title, int statusCode);
}
