using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Menus;

/// <summary>The site's menus (Orchard's Menu items), each linking to its link editor.</summary>
public sealed class IndexModel(DocumentSession session, ContentItemStore store) : AdminPageModel
{
    public IReadOnlyList<ContentItem> Menus { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ids = await session.QueryAsync<long>("SELECT DocumentId FROM ContentItemIndex WHERE ContentType = 'Menu' AND Latest = 1");
        var menus = new List<ContentItem>();
        foreach (var menu in await store.LoadManyAsync(ids))
        {
            if (await CanAsync(Permissions.EditContent, menu))
            {
                menus.Add(menu);
            }
        }

        Menus = menus;
        return Page();
    }
}
