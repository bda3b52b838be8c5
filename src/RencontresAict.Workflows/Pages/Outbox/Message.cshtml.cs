using Ganss.Xss;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Content.Security;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Workflows.Pages.Outbox;

/// <summary>
/// One message of the outbox: its headers, delivery state and bodies. The text body is shown as text; the HTML body is
/// never written into the admin page: it is sanitized, then shown in a sandboxed frame (no scripts, no same origin).
/// </summary>
public sealed class MessageModel(OutboxStore outbox, IHtmlSanitizer sanitizer) : WorkflowsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public OutboxMessage Message { get; private set; } = new();

    /// <summary>The HTML body, sanitized, for the frame's srcdoc (Razor encodes the attribute); null without one.</summary>
    public string? SafeHtmlBody { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageEmailOutbox))
        {
            return Forbid();
        }

        if (await outbox.LoadByMessageIdAsync(Id) is not { } message)
        {
            return NotFound();
        }

        Message = message;
        SafeHtmlBody = string.IsNullOrEmpty(message.HtmlBody) ? null : sanitizer.Sanitize(message.HtmlBody);
        await LoadTimeZoneAsync();
        return Page();
    }

    /// <summary>The text body as sent: the one given, or the text made from the HTML.</summary>
    public string TextBody => Message.TextBody ?? HtmlToText.Convert(Message.HtmlBody);
}
