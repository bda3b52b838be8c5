using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace RencontresAict.Admin.Pages;

/// <summary>Sign-out (a POST with its antiforgery token; a GET only shows the button).</summary>
public sealed class LogoutModel : AdminPageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AdminPolicies.Scheme);
        return Redirect("/admin/login");
    }
}
