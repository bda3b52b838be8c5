using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Accounts;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Pages;

/// <summary>Asks for a reset link; answers the same whether or not the account exists (429 after too many requests).</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordResetService resets, SiteBaseUrl site) : AdminPageModel
{
    [BindProperty]
    public string Login { get; set; } = "";

    public bool Sent { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await resets.ThrottleAsync(Login, HttpContext.Connection.RemoteIpAddress) is { } wait)
        {
            Error = T["Trop de demandes : réessayez dans {0} min.", AnswerTooManyRequests(wait)];
            return Page();
        }

        // The link's host comes from configuration, never from the request's Host header (reset-link poisoning).
        var root = await site.GetAsync();
        await resets.SendLinkAsync(Login, token => $"{root}/admin/reset-password?token={Uri.EscapeDataString(token)}", HttpContext.RequestAborted);
        Sent = true;
        return Page();
    }
}
