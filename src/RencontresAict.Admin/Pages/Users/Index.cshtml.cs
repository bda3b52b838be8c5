using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Pages.Users;

/// <summary>The admin's users with their roles and status.</summary>
public sealed class IndexModel(UserStore users) : AdminPageModel
{
    public IReadOnlyList<UserRecord> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageUsers))
        {
            return Forbid();
        }

        Users = (await users.ListAsync()).OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }
}
