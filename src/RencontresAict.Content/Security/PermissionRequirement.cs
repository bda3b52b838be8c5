using Microsoft.AspNetCore.Authorization;

namespace RencontresAict.Content.Security;

/// <summary>An authorization requirement naming one permission; the resource, when given, is the content item.</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}
