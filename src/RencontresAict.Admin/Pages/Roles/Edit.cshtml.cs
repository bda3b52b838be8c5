using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Roles;

/// <summary>
/// A role's permissions as a grid of checkboxes: the site permissions every module declares, then the content
/// permissions for every type (first row) and per type. The Administrator role may do everything and is not edited.
/// </summary>
public sealed class EditModel(RoleStore roles, ContentDefinitionManager definitions, DocumentSession session, PermissionCatalog catalog) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public List<string> Granted { get; set; } = [];

    [BindProperty]
    public string Description { get; set; } = "";

    public RoleRecord Role { get; private set; } = new();

    public IReadOnlyList<(string Name, string DisplayName)> Types { get; private set; } = [];

    /// <summary>Every module's site-wide permissions (<see cref="IPermissionProvider"/>).</summary>
    public IReadOnlyList<string> SitePermissions => catalog.SitePermissions;

    public bool IsAdministrator => string.Equals(Role.Name, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        if (!IsAdministrator)
        {
            var known = SitePermissions.Concat(Permissions.ContentPermissions)
                .Concat(Types.SelectMany(t => Permissions.ContentPermissions.Select(p => Permissions.ForType(p, t.Name))))
                .ToHashSet(StringComparer.Ordinal);
            var document = await roles.GetAsync();
            var role = document.Roles.Single(r => r.Name == Role.Name);
            role.Permissions = Granted.Where(known.Contains).Distinct().ToList();
            role.Description = Description.Trim();
            await roles.SaveAsync(document);
            await session.SaveChangesAsync();
        }

        Flash(T["Le rôle {0} a été enregistré.", Role.Name]);
        return Redirect("/admin/roles");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (!await CanAsync(Permissions.ManageRoles))
        {
            return Forbid();
        }

        var role = await roles.FindAsync(Name);
        if (role is null)
        {
            return NotFound();
        }

        Role = role;
        Description = role.Description;
        Types = (await definitions.ListTypeDefinitionsAsync())
            .Where(t => JsonPaths.GetBoolean(t.Settings, "ContentTypeSettings", "Securable") != false)
            .Select(t => (t.Name, t.DisplayName)).ToList();
        return null;
    }
}
