using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Accounts;

/// <summary>
/// Checks the cookie's user on every request: a deleted or disabled user, or a changed security stamp (a new password,
/// a sign-out, a disabling), ends the session, so a copied cookie dies with it; changed roles take effect at once.
/// </summary>
public sealed class AdminCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal is null ? null : PermissionService.UserIdOf(principal);
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || !AdminSignInService.CanSignIn(user) || principal!.FindFirst(AdminSignInService.SecurityStampClaim)?.Value != user.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AdminPolicies.Scheme);
            return;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal);
        if (!roles.SequenceEqual(user.Roles.Order(StringComparer.Ordinal)) || principal.Identity?.Name != user.UserName)
        {
            context.ReplacePrincipal(AdminSignInService.CreatePrincipal(user));
            context.ShouldRenew = true;
        }
    }
}
