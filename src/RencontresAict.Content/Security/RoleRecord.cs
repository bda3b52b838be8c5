namespace RencontresAict.Content.Security;

/// <summary>A role and the permissions it grants, as Orchard's Roles recipe step writes it.</summary>
public sealed class RoleRecord
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Permissions { get; set; } = [];
}
