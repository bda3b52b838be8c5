using MimeKit;

namespace RencontresAict.Workflows.Email;

/// <summary>One dispatch round's way out: an SMTP connection kept open for the batch, or the pickup folder.</summary>
public interface IEmailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
