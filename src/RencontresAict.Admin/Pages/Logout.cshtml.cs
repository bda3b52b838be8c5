using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Accounts;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages;

/// <summary>
/// Sign-out (a POST with its antiforgery token; a GET only shows the button). It gives the user a new security stamp,
/// so every copy of the cookie, this one and the user's other sessions, is refused from now on.
/// </summary>
public sealed class LogoutModel(UserStore users, AdminSignInService accounts) : AdminPageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.FindByIdAsync(PermissionService.UserIdOf(User) ?? "") is { } user)
        {
            await accounts.EndSessionsAsync(user);
        }

        await HttpContext.SignOutAsync(AdminPolicies.Scheme);
        return Redirect("/admin/login");
    }
}
