using MimeKit;
using RencontresAict.Admin.Accounts;
using RencontresAict.Content.Documents;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// The admin's e-mails (password reset links) go through the durable outbox like every other message: queued and
/// committed here, then delivered by the dispatcher with its retries (SMTP or the pickup folder, as configured).
/// </summary>
public sealed class OutboxAdminMailer(EmailOutbox outbox, DocumentSession session) : IAdminMailer
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        await outbox.EnqueueAsync(new OutboxMessage
        {
            From = message.From.Mailboxes.FirstOrDefault()?.ToString(),
            To = [.. message.To.Mailboxes.Select(m => m.ToString())],
            Cc = [.. message.Cc.Mailboxes.Select(m => m.ToString())],
            Bcc = [.. message.Bcc.Mailboxes.Select(m => m.ToString())],
            ReplyTo = [.. message.ReplyTo.Mailboxes.Select(m => m.ToString())],
            Subject = message.Subject ?? "",
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
        });

        // A reset link is the request's only change: it is committed (and the dispatcher woken) now.
        await session.SaveChangesAsync(cancellationToken);
    }
}
