using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing;

/// <summary>
/// Renders a version as visitors will see it (the public display pipeline implements this once it lands). Without one,
/// the preview page shows the version's values as a summary.
/// </summary>
public interface IContentPreviewRenderer
{
    /// <summary>The full HTML page, or null when this renderer cannot show the item's type.</summary>
    Task<string?> RenderAsync(ContentItem item, HttpContext context);
}
