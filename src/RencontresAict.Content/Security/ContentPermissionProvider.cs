namespace RencontresAict.Content.Security;

/// <summary>
/// The engine's site-wide permissions: the admin panel, users, roles, content types, media, the site's settings, and
/// the workflows and outbox whose names <see cref="Permissions"/> keeps. The content permissions are not listed here: they have per-type
/// variants and their own grid (<see cref="Permissions.ContentPermissions"/>); the default roles' share of them is in
/// <see cref="DefaultRoles"/>.
/// </summary>
public sealed class ContentPermissionProvider : IPermissionProvider
{
    public IReadOnlyList<string> GetPermissions() =>
    [
        Permissions.AccessAdminPanel, Permissions.ManageUsers, Permissions.ManageRoles, Permissions.ManageContentTypes,
        Permissions.ManageMedia, Permissions.ManageOwnMedia, Permissions.ManageWorkflows, Permissions.ManageEmailOutbox,
        Permissions.ManageSettings, Permissions.ManageLayers,
    ];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> GetDefaultGrants() => new Dictionary<string, IReadOnlyList<string>>();
}
