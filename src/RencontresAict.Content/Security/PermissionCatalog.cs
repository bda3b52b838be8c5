namespace RencontresAict.Content.Security;

/// <summary>
/// Every module's permissions (<see cref="IPermissionProvider"/>), composed in the order the modules were added: the
/// site-wide list the role page shows and the API's tokens expand, and the default roles with each module's grants.
/// </summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    private readonly IReadOnlyList<IPermissionProvider> _providers = providers.ToList();

    /// <summary>The site-wide permissions that are not about content items, every module's, each once.</summary>
    public IReadOnlyList<string> SitePermissions => _providers.SelectMany(p => p.GetPermissions()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The roles a site starts with: the engine's, each holding what the modules grant it by default.</summary>
    public RolesDocument CreateDefaultRoles()
    {
        var roles = DefaultRoles.Create();
        foreach (var (roleName, granted) in _providers.SelectMany(p => p.GetDefaultGrants()))
        {
            if (roles.Roles.Find(r => r.Name == roleName) is { } role)
            {
                role.Permissions.AddRange(granted.Where(p => !role.Permissions.Contains(p)));
            }
        }

        return roles;
    }
}
