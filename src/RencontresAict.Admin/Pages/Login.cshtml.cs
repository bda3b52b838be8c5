using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Accounts;

namespace RencontresAict.Admin.Pages;

/// <summary>
/// Sign-in with a user name or e-mail and a password; the same message whether or not the user exists. Too many
/// attempts are answered 429 with Retry-After (see <see cref="AdminSignInService"/>).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(AdminSignInService signIn) : AdminPageModel
{
    [BindProperty]
    public string Login { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await signIn.CheckAsync(Login, Password, HttpContext.Connection.RemoteIpAddress);
        if (!outcome.Succeeded)
        {
            Error = outcome.RetryAfter is { } wait
                ? T["Trop de tentatives de connexion : réessayez dans {0} min.", AnswerTooManyRequests(wait)]
                : T["Nom d'utilisateur ou mot de passe incorrect."];
            Password = "";
            return Page();
        }

        await HttpContext.SignInAsync(AdminPolicies.Scheme, AdminSignInService.CreatePrincipal(outcome.User!),
            new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(ReturnUrl is not null && ReturnUrl.StartsWith("/admin", StringComparison.Ordinal) && !ReturnUrl.StartsWith("//", StringComparison.Ordinal) ? ReturnUrl : "/admin");
    }
}
