namespace RencontresAict.Content.Security;

/// <summary>
/// A module's own site-wide permissions, as Orchard's IPermissionProvider: the names it checks (the admin's role page
/// lists every provider's) and which default roles hold them on a site that never saved its roles. Each module
/// registers one (<c>services.AddPermissionProvider&lt;T&gt;()</c>); <see cref="PermissionCatalog"/> composes them.
/// </summary>
public interface IPermissionProvider
{
    /// <summary>The permissions, in the order the role page shows them.</summary>
    IReadOnlyList<string> GetPermissions();

    /// <summary>For a default role's name (<see cref="RoleNames"/>), the permissions of this module it starts with.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> GetDefaultGrants();
}
