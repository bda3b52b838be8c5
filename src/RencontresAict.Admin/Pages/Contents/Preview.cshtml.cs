using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Contents;

/// <summary>
/// The latest version (the draft, when there is one) as visitors will see it once published: rendered by the public
/// display pipeline when it provides an <see cref="IContentPreviewRenderer"/>, else as a summary of its values. It opens
/// in a tab of its own; a banner at the top of the page says it is a draft preview and leads back to the editor.
/// </summary>
public sealed partial class PreviewModel(ContentManager contents, ContentEditorBuilder editors, IEnumerable<IContentPreviewRenderer> renderers) : AdminPageModel
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
                return Content(WithBanner(html, latest), "text/html; charset=utf-8");
            }
        }

        Item = latest;
        Groups = await editors.BuildAsync(latest);
        return Page();
    }

    /// <summary>The banner's text: a draft, or the version visitors already see.</summary>
    public string BannerText(ContentItem item) => item.Published ? T["Version publiée — aperçu"] : T["Brouillon — aperçu"];

    /// <summary>The public page with the admin's preview banner first in its body, styled by the admin's own stylesheet.</summary>
    private string WithBanner(string html, ContentItem item)
    {
        var back = $"/admin/contents/{Uri.EscapeDataString(Type)}/edit/{Uri.EscapeDataString(Id)}";
        var note = item.Published ? T["C'est ce que voient les visiteurs."] : T["Les visiteurs ne voient pas cette page tant qu'elle n'est pas publiée."];
        var banner = $"""<div class="admin-preview-banner" role="region" aria-label="{Encode(T["Aperçu"])}"><strong>{Encode(BannerText(item))}</strong> <span>{Encode(note)}</span> <a href="{back}">{Encode(T["← Retour à l'édition"])}</a></div>""";
        var styled = HeadEnd().Replace(html, """<link rel="stylesheet" href="/admin/assets/preview.css"></head>""", 1);
        var body = BodyStart().Match(styled);
        return body.Success ? styled.Insert(body.Index + body.Length, banner) : banner + styled;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("</head>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadEnd();

    [GeneratedRegex("<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyStart();
}
