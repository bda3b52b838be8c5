using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Security;
using RencontresAict.Content.Templates;

namespace RencontresAict.Admin.Pages.Templates;

/// <summary>The templates stored for the site (Orchard's Templates): each wins over the theme's file of its name.</summary>
public sealed class IndexModel(StoredTemplates stored) : AdminPageModel
{
    public IReadOnlyList<StoredTemplate> Templates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageContentTypes))
        {
            return Forbid();
        }

        Templates = (await stored.LoadAsync(TemplateDocuments.Site)).Values.OrderBy(t => t.ShapeName, StringComparer.Ordinal).ToList();
        return Page();
    }
}
