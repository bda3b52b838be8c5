using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RencontresAict.Admin.Accounts;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages;

/// <summary>The signed-in user changes their own password (the current one is asked again); other sessions end.</summary>
public sealed class ChangePasswordModel(UserStore users, AdminSignInService accounts, IOptions<AdminAccountOptions> options) : AdminPageModel
{
    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string ConfirmPassword { get; set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(PermissionService.UserIdOf(User) ?? "");
        if (user is null)
        {
            return Forbid();
        }

        Error = accounts.IsCurrentPassword(user, CurrentPassword)
            ? PasswordRules.Check(NewPassword, ConfirmPassword, options.Value, T)
            : T["Le mot de passe actuel est incorrect."];
        if (Error is not null)
        {
            return Page();
        }

        await accounts.SetPasswordAsync(user, NewPassword);
        await HttpContext.SignInAsync(AdminPolicies.Scheme, AdminSignInService.CreatePrincipal(user));
        Flash(T["Votre mot de passe a été changé."]);
        return Redirect("/admin");
    }
}
