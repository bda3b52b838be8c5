using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Contents;

/// <summary>
/// The latest version (the draft, when there is one) as visitors will see it once published: rendered by the public
/// display pipeline when it provides an <see cref="IContentPreviewRenderer"/>, else as a summary of its values.
/// </summary>
public sealed class PreviewModel(ContentManager contents, ContentEditorBuilder editors, IEnumerable<IContentPreviewRenderer> renderers) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ContentItem Item { get; private set; } = new();

    public IReadOnlyList<EditorGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var latest = await contents.GetAsync(Id, VersionOptions.Latest);
        if (latest is null || latest.ContentType != Type)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.PreviewContent, latest))
        {
            return Forbid();
        }

        foreach (var renderer in renderers)
        {
            if (await renderer.RenderAsync(latest, HttpContext) is { } html)
            {
                Response.Headers.CacheControl = "no-store";
                return Content(html, "text/html; charset=utf-8");
            }
        }

        Item = latest;
        Groups = await editors.BuildAsync(latest);
        return Page();
    }
}
