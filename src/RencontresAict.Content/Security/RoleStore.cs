using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Security;

/// <summary>Loads and saves the Roles document in the current session; a site that never stored one has the default roles.</summary>
public sealed class RoleStore(DocumentSession session)
{
    private RolesDocument? _roles;

    public async Task<RolesDocument> GetAsync() =>
        _roles ??= await session.GetSingletonAsync<RolesDocument>(RolesDocument.DocumentType) ?? DefaultRoles.Create();

    public async Task<RoleRecord?> FindAsync(string name) =>
        (await GetAsync()).Roles.Find(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    public async Task SaveAsync(RolesDocument roles)
    {
        await session.SaveSingletonAsync(RolesDocument.DocumentType, roles);
        _roles = roles;
    }
}
