using System.Security.Claims;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Security;

/// <summary>
/// Answers "may this principal do P (on this item)": an Administrator may do everything; other users hold the
/// permissions of their roles plus Authenticated's, visitors those of Anonymous. On an item, a per-type permission
/// ("EditContent_BlogPost") counts, and an owner (ContentItem.Owner = their user id) also gets the *Own* variant. On a
/// type that holds personal data (<see cref="PersonalDataSettings"/>), every permission also needs the type's own.
/// </summary>
public sealed class PermissionService(RoleStore roles, ContentDefinitionManager definitions, PermissionCatalog catalog)
{
    public Task<bool> IsAllowedAsync(ClaimsPrincipal user, string permission, ContentItem? item = null) =>
        item is null
            ? IsAllowedCoreAsync(user, permission, null, owner: false)
            : IsAllowedCoreAsync(user, permission, item.ContentType, IsOwner(user, item));

    /// <summary>For a type rather than an item (may this user create blog posts, list them?).</summary>
    public Task<bool> IsAllowedForTypeAsync(ClaimsPrincipal user, string permission, string contentType, bool asOwner = true) =>
        IsAllowedCoreAsync(user, permission, contentType, asOwner);

    public static bool IsOwner(ClaimsPrincipal user, ContentItem item) =>
        UserIdOf(user) is { Length: > 0 } id && item.Owner == id;

    public static string? UserIdOf(ClaimsPrincipal user) => user.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value), RoleNames.Authenticated]
            : [RoleNames.Anonymous];

    /// <summary>Every permission the principal's roles grant, as stored (not expanded).</summary>
    public async Task<HashSet<string>> GrantedAsync(ClaimsPrincipal user)
    {
        var names = RolesOf(user);
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in (await roles.GetAsync()).Roles.Where(r => names.Contains(r.Name, StringComparer.OrdinalIgnoreCase)))
        {
            granted.UnionWith(role.Permissions);
        }

        return granted;
    }

    private async Task<bool> IsAllowedCoreAsync(ClaimsPrincipal user, string permission, string? contentType, bool owner)
    {
        if (RolesOf(user).Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var granted = await GrantedAsync(user);
        bool Holds(string name) => Permissions.ImpliedBy(name).Any(granted.Contains);
        if (contentType is not null && await definitions.GetTypeDefinitionAsync(contentType) is { } type && !PersonalDataSettings.Of(type).LetsRead(Holds))
        {
            return false;
        }

        var generic = permission.Replace("OwnContent", "Content", StringComparison.Ordinal);
        var wanted = new List<string> { generic };
        if (owner && generic.EndsWith("Content", StringComparison.Ordinal))
        {
            wanted.Add(generic.Replace("Content", "OwnContent", StringComparison.Ordinal));
        }

        if (contentType is not null && Permissions.ContentPermissions.Contains(generic))
        {
            wanted.AddRange(wanted.Select(p => Permissions.ForType(p, contentType)).ToList());
        }

        return wanted.Any(Holds);
    }

    /// <summary>
    /// What a caller holding these roles may do, as a flat set (the API's bearer tokens carry roles, not users):
    /// Anonymous's permissions included, Administrator everything, implied permissions expanded.
    /// </summary>
    public async Task<IReadOnlySet<string>> GetPermissionsAsync(IEnumerable<string> roleNames)
    {
        var names = roleNames.Append(RoleNames.Anonymous).ToList();
        var known = Permissions.ContentPermissions.Concat(catalog.SitePermissions).ToList();
        if (names.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return known.ToHashSet(StringComparer.Ordinal);
        }

        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in (await roles.GetAsync()).Roles.Where(r => names.Contains(r.Name, StringComparer.OrdinalIgnoreCase)))
        {
            granted.UnionWith(role.Permissions);
        }

        granted.UnionWith(known.Where(p => Permissions.ImpliedBy(p).Any(granted.Contains)));
        return granted;
    }
}
