using System.Globalization;
using Microsoft.AspNetCore.Http;
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

    /// <summary>Sets 429 Too Many Requests and Retry-After (whole seconds); returns the wait in whole minutes, for the page's message.</summary>
    protected int AnswerTooManyRequests(TimeSpan retryAfter)
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return (int)Math.Max(1, Math.Ceiling(retryAfter.TotalMinutes));
    }
}
