using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Roles;

/// <summary>The roles and how many permissions each grants.</summary>
public sealed class IndexModel(RoleStore roles) : AdminPageModel
{
    public IReadOnlyList<RoleRecord> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageRoles))
        {
            return Forbid();
        }

        Roles = (await roles.GetAsync()).Roles;
        return Page();
    }
}
