using Microsoft.AspNetCore.Authorization;

namespace RencontresAict.Admin.Pages;

/// <summary>Shown when a signed-in user lacks the permission an admin page needs.</summary>
[AllowAnonymous]
public sealed class DeniedModel : AdminPageModel
{
    public void OnGet() => Response.StatusCode = 403;
}
