namespace RencontresAict.Content.Security;

/// <summary>One role and the permissions it grants (Orchard's RoleClaims, reduced to permission names).</summary>
public sealed class RolePermissions
{
    public string Name { get; set; } = "";

    public List<string> Permissions { get; set; } = [];
}
