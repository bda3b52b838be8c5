using System.Text.Json;
using Microsoft.Extensions.Options;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Indexes;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// Queues e-mail in the scope's DocumentSession, so a message exists exactly when the change that caused it is
/// committed (a registration and its confirmation e-mail), and the dispatcher is woken once it is. Any module
/// may queue mail this way; EmailTask does.
/// </summary>
public sealed class EmailOutbox(DocumentSession session, IdGenerator ids, TimeProvider clock, OutboxSignal signal, IOptions<EmailOptions> options)
{
    /// <summary>Checks and stores the message; throws <see cref="EmailValidationException"/> for one that must not be sent.</summary>
    public async Task<OutboxMessage> EnqueueAsync(OutboxMessage message)
    {
        Normalize(message);
        var now = clock.GetUtcNow();
        message.MessageId = string.IsNullOrEmpty(message.MessageId) ? ids.GenerateUniqueId() : message.MessageId;
        message.CreatedUtc = now.UtcDateTime;
        message.Status = OutboxStatus.Pending;
        message.NextAttemptUtc = now.UtcDateTime;
        message.Id = await session.InsertDocumentAsync(OutboxMessage.DocumentType, JsonSerializer.Serialize(message, ContentJson.Options));
        await session.ExecuteAsync(
            """
            INSERT INTO OutboxMessageIndex (DocumentId, MessageId, Status, Attempts, NextAttemptUtc, CreatedUtc)
            VALUES (@Id, @MessageId, 'Pending', 0, @Now, @Now)
            """,
            new { message.Id, message.MessageId, Now = UtcText.Format(now) });
        session.AfterCommit(() =>
        {
            signal.Wake();
            return Task.CompletedTask;
        });
        return message;
    }

    private void Normalize(OutboxMessage message)
    {
        message.From = EmailHeaderGuard.ParseAddresses(message.From ?? options.Value.EffectiveDefaultSender, "From").FirstOrDefault()
            ?? throw new EmailValidationException("The message has no sender.");
        message.Sender = EmailHeaderGuard.ParseAddresses(message.Sender, "Sender").FirstOrDefault();
        message.To = message.To.SelectMany(a => EmailHeaderGuard.ParseAddresses(a, "To")).ToList();
        message.Cc = message.Cc.SelectMany(a => EmailHeaderGuard.ParseAddresses(a, "Cc")).ToList();
        message.Bcc = message.Bcc.SelectMany(a => EmailHeaderGuard.ParseAddresses(a, "Bcc")).ToList();
        message.ReplyTo = message.ReplyTo.SelectMany(a => EmailHeaderGuard.ParseAddresses(a, "Reply-To")).ToList();
        if (message.To.Count + message.Cc.Count + message.Bcc.Count == 0)
        {
            throw new EmailValidationException("The message has no recipient.");
        }

        message.Subject = EmailHeaderGuard.CleanSubject(message.Subject);
        foreach (var attachment in message.Attachments)
        {
            EmailHeaderGuard.RefuseLineBreak(attachment.FileName, "attachment's file name");
            EmailHeaderGuard.RefuseLineBreak(attachment.ContentType, "attachment's content type");
        }
    }
}
