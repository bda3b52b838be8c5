using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RencontresAict.Admin.Accounts;

namespace RencontresAict.Admin.Pages;

/// <summary>Sets a new password from a reset link; the link stops working once used (the security stamp changes).</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordResetService resets, AdminSignInService accounts, IOptions<AdminAccountOptions> options) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string ConfirmPassword { get; set; } = "";

    public bool Valid { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync() => Valid = await resets.ValidateTokenAsync(Token) is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await resets.ValidateTokenAsync(Token);
        Valid = user is not null;
        if (user is null)
        {
            return Page();
        }

        Error = PasswordRules.Check(NewPassword, ConfirmPassword, options.Value, T);
        if (Error is not null)
        {
            return Page();
        }

        await accounts.SetPasswordAsync(user, NewPassword);
        Flash(T["Votre mot de passe a été changé. Vous pouvez vous connecter."]);
        return Redirect("/admin/login");
    }
}
