using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Menus;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Menus;

/// <summary>
/// The links of one menu (the site's main navigation is the menu aliased main-menu): text, address and place of
/// each, removal, and one new link per save; saving publishes the menu (EditContent and PublishContent on it), with
/// the version check that refuses a change made from an outdated page.
/// </summary>
public sealed class EditModel(ContentManager contents, ContentEditingService editing, MenuLinksEditor editor) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public List<MenuLinkInput> Links { get; set; } = [];

    [BindProperty]
    public string? VersionId { get; set; }

    [BindProperty]
    public long Stamp { get; set; }

    public ContentItem Menu { get; private set; } = new();

    public IReadOnlyList<ContentValidationError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        Links = RowsOf(Menu);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        if (!await CanAsync(Permissions.PublishContent, Menu))
        {
            return Forbid();
        }

        var result = await editing.SaveAsync(Menu, Menu.ContentType, item => Task.FromResult(editor.Apply(item, Links)), VersionId, Stamp, User, publish: true);
        if (!result.Succeeded)
        {
            Errors = result.ConflictingVersion is null
                ? result.Errors
                : [new ContentValidationError("", T["Le menu a été modifié entre-temps : rechargez la page avant de l'enregistrer."])];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Flash(T["Le menu « {0} » a été publié.", Menu.DisplayText ?? ""]);
        return Redirect($"/admin/menus/{Id}");
    }

    /// <summary>The menu's entries as rows, then an empty row for a new link.</summary>
    public static List<MenuLinkInput> RowsOf(ContentItem menu)
    {
        var rows = (menu.GetPart("MenuItemsListPart")?["MenuItems"] as System.Text.Json.Nodes.JsonArray ?? [])
            .OfType<System.Text.Json.Nodes.JsonObject>()
            .Select((entry, i) => new MenuLinkInput
            {
                Id = JsonPaths.GetString(entry, "ContentItemId"),
                Name = JsonPaths.GetString(entry, "LinkMenuItemPart", "Name") ?? JsonPaths.GetString(entry, "DisplayText"),
                Url = JsonPaths.GetString(entry, "LinkMenuItemPart", "Url"),
                Position = (i + 1) * 10,
            })
            .ToList();
        rows.Add(new MenuLinkInput { Position = (rows.Count + 1) * 10 });
        return rows;
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await contents.GetAsync(Id, VersionOptions.Latest) is not { ContentType: "Menu" } menu)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.EditContent, menu))
        {
            return Forbid();
        }

        Menu = menu;
        if (Request.Method == HttpMethods.Get)
        {
            VersionId = menu.ContentItemVersionId;
            Stamp = menu.DocumentVersion;
        }

        return null;
    }
}
