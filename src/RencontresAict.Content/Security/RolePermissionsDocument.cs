namespace RencontresAict.Content.Security;

/// <summary>The site's roles and their permissions, stored as one document (the admin's role screens edit it).</summary>
public sealed class RolePermissionsDocument
{
    public List<RolePermissions> Roles { get; set; } = [];
}
