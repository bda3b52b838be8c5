namespace RencontresAict.Content.Security;

/// <summary>The site's roles, one singleton document of type <c>Roles</c>: <c>{"Roles":[{Name, Description, Permissions}]}</c>.</summary>
public sealed class RolesDocument
{
    public const string DocumentType = "Roles";

    public List<RoleRecord> Roles { get; set; } = [];
}
