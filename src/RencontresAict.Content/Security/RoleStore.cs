using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Security;

/// <summary>Loads and saves the Roles document in the current session; a site that never stored one has the default roles
/// with every module's default grants.</summary>
public sealed class RoleStore(DocumentSession session, PermissionCatalog catalog)
{
    private RolesDocument? _roles;

    public async Task<RolesDocument> GetAsync() =>
        _roles ??= await session.GetSingletonAsync<RolesDocument>(RolesDocument.DocumentType) ?? catalog.CreateDefaultRoles();

    public async Task<RoleRecord?> FindAsync(string name) =>
        (await GetAsync()).Roles.Find(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    public async Task SaveAsync(RolesDocument roles)
    {
        await session.SaveSingletonAsync(RolesDocument.DocumentType, roles);
        _roles = roles;
    }
}
