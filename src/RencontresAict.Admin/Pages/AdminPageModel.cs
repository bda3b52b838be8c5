using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Admin.Localization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages;

/// <summary>The base of admin pages: permission checks on the current user, French (or English) texts, a status message.</summary>
public abstract class AdminPageModel : PageModel
{
    protected AdminLocalizer T => HttpContext.RequestServices.GetRequiredService<AdminLocalizer>();

    protected PermissionService Access => HttpContext.RequestServices.GetRequiredService<PermissionService>();

    protected Task<bool> CanAsync(string permission, ContentItem? item = null) => Access.IsAllowedAsync(User, permission, item);

    protected Task<bool> CanForTypeAsync(string permission, string contentType) => Access.IsAllowedForTypeAsync(User, permission, contentType);

    /// <summary>A message shown once, on the next page.</summary>
    protected void Flash(string message) => TempData["Message"] = message;
}
