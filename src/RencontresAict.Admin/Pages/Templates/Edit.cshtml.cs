using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RencontresAict.Admin.Publishing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Security;
using RencontresAict.Content.Templates;

namespace RencontresAict.Admin.Pages.Templates;

/// <summary>
/// Edits one stored template: its Liquid is checked before it is saved (refused with its line and column), and a
/// preview renders it with a content item of the site as <c>Model.ContentItem</c>, shown in a sandboxed frame.
/// </summary>
public sealed partial class EditModel(
    StoredTemplates stored, LiquidTemplateManager liquid, ContentManager content, DocumentSession session, PublicPagesEviction publicPages,
    IServiceProvider services) : AdminPageModel
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty]
    public string Description { get; set; } = "";

    [BindProperty]
    public string Liquid { get; set; } = "";

    /// <summary>The id of the item the preview shows (optional).</summary>
    [BindProperty]
    public string? PreviewItemId { get; set; }

    public string? Error { get; private set; }

    public string? Preview { get; private set; }

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageContentTypes))
        {
            return Forbid();
        }

        var templates = await stored.LoadAsync(TemplateDocuments.Site);
        var existing = templates.Values.FirstOrDefault(t => t.ShapeName == Name);
        IsNew = existing is null;
        (Description, Liquid) = existing is null ? ("", "") : (existing.Description, existing.Content);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await CanAsync(Permissions.ManageContentTypes))
        {
            return Forbid();
        }

        if (Refusal() is { } refusal)
        {
            return Refuse(refusal);
        }

        await stored.SaveAsync(TemplateDocuments.Site, Name!, Description.Trim(), Liquid);
        publicPages.AfterCommit();
        await session.SaveChangesAsync();
        Flash(T["Modèle « {0} » enregistré.", Name!]);
        return Redirect("/admin/templates");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!await CanAsync(Permissions.ManageContentTypes))
        {
            return Forbid();
        }

        if (Refusal() is { } refusal)
        {
            return Refuse(refusal);
        }

        var item = string.IsNullOrWhiteSpace(PreviewItemId) ? null : await content.GetAsync(PreviewItemId.Trim());
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ContentItem"] = item, ["DisplayType"] = TemplateAlternates.Detail, ["Content"] = new Dictionary<string, object?>(),
        };
        var context = liquid.CreateContext(services, model);
        context.SetValue("Model", model);
        context.SetValue("ContentItem", item);
        Preview = await liquid.Parse(Liquid).RenderAsync(context, _encoder);
        return Page();
    }

    /// <summary>Why the template cannot be saved, or null: a shape name Orchard could use, and Liquid that parses.</summary>
    private string? Refusal()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200 || !ShapeName().IsMatch(Name))
        {
            return T["Le nom doit être celui d'une forme d'Orchard : lettres, chiffres et _ (par exemple Content__Page)."];
        }

        return liquid.TryValidate(Liquid, out var error) ? null : T["Le modèle ne peut pas être lu : {0}.", LiquidErrors.DescribeInFrench(error)];
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ShapeName();
}
