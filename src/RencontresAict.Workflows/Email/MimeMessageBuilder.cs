using MimeKit;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// Builds the MIME message of an outbox message: HTML and text as multipart/alternative (text made from the HTML
/// when absent), attachments, UTF-8 headers (RFC 2047), and a Message-Id derived from the message's stable id, so a
/// message sent twice after a crash is recognisably the same message.
/// </summary>
public static class MimeMessageBuilder
{
    public static MimeMessage Build(OutboxMessage message)
    {
        var mime = new MimeMessage();
        var from = MailboxAddress.Parse(message.From!);
        mime.From.Add(from);
        if (message.Sender is not null)
        {
            mime.Sender = MailboxAddress.Parse(message.Sender);
        }

        mime.To.AddRange(message.To.Select(InternetAddress.Parse));
        mime.Cc.AddRange(message.Cc.Select(InternetAddress.Parse));
        mime.Bcc.AddRange(message.Bcc.Select(InternetAddress.Parse));
        mime.ReplyTo.AddRange(message.ReplyTo.Select(InternetAddress.Parse));
        mime.Subject = EmailHeaderGuard.CleanSubject(message.Subject);
        mime.Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc));
        mime.MessageId = $"{message.MessageId}@{DomainOf(from.Address)}";

        var body = new BodyBuilder
        {
            HtmlBody = string.IsNullOrEmpty(message.HtmlBody) ? null : message.HtmlBody,
            TextBody = message.TextBody ?? (string.IsNullOrEmpty(message.HtmlBody) ? "" : HtmlToText.Convert(message.HtmlBody)),
        };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "localhost";
    }
}
