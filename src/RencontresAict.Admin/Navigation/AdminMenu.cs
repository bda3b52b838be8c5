using System.Security.Claims;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Navigation;

/// <summary>Builds the menu a user sees: every provider's entries they are allowed, grouped by section.</summary>
public sealed class AdminMenu(IEnumerable<IAdminMenuProvider> providers, PermissionService permissions)
{
    public async Task<IReadOnlyList<IGrouping<string, AdminMenuEntry>>> BuildAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuEntry>();
        foreach (var provider in providers)
        {
            foreach (var entry in await provider.GetEntriesAsync())
            {
                var allowed = entry.ContentType is null
                    ? await permissions.IsAllowedAsync(user, entry.Permission)
                    : await permissions.IsAllowedForTypeAsync(user, entry.Permission, entry.ContentType);
                if (allowed)
                {
                    visible.Add(entry);
                }
            }
        }

        return visible.OrderBy(e => e.SectionPosition).ThenBy(e => e.Position).GroupBy(e => e.Section).ToList();
    }
}
