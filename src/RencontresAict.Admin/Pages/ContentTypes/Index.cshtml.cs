using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.ContentTypes;

/// <summary>The content types of the site.</summary>
public sealed class IndexModel(ContentDefinitionManager definitions) : AdminPageModel
{
    public IReadOnlyList<ContentTypeDefinitionRecord> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageContentTypes))
        {
            return Forbid();
        }

        Types = await definitions.ListTypeDefinitionsAsync();
        return Page();
    }
}
