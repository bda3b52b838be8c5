namespace RencontresAict.Content.Security;

/// <summary>
/// The roles a site starts with, as Orchard's default roles: Administrator (everything, checked by name), Editor (all
/// content), Author (own content, no publishing), Contributor (own drafts), Anonymous, Authenticated. Each module adds
/// what these roles hold of its own permissions (<see cref="IPermissionProvider.GetDefaultGrants"/>, <see cref="PermissionCatalog"/>).
/// </summary>
public static class DefaultRoles
{
    public static RolesDocument Create() => new()
    {
        Roles =
        [
            new() { Name = RoleNames.Administrator, Description = "Peut tout faire sur le site.", Permissions = [] },
            new()
            {
                Name = RoleNames.Editor,
                Description = "Publie et gère tous les contenus et les inscriptions.",
                Permissions =
                [
                    Permissions.AccessAdminPanel, Permissions.ViewContent, Permissions.PreviewContent, Permissions.EditContent,
                    Permissions.PublishContent, Permissions.DeleteContent, Permissions.ManageMedia,
                ],
            },
            new()
            {
                Name = RoleNames.Author,
                Description = "Rédige ses propres contenus, sans les publier.",
                Permissions = [Permissions.AccessAdminPanel, Permissions.ViewOwnContent, Permissions.PreviewOwnContent, Permissions.EditOwnContent, Permissions.DeleteOwnContent, Permissions.ManageOwnMedia],
            },
            new()
            {
                Name = RoleNames.Contributor,
                Description = "Propose des brouillons de ses propres contenus.",
                Permissions = [Permissions.AccessAdminPanel, Permissions.PreviewOwnContent, Permissions.EditOwnContent],
            },
            new() { Name = RoleNames.Anonymous, Description = "Tout visiteur.", Permissions = [Permissions.ViewContent] },
            new() { Name = RoleNames.Authenticated, Description = "Tout utilisateur connecté.", Permissions = [Permissions.ViewContent] },
        ],
    };
}
