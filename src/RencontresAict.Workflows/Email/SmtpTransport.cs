using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace RencontresAict.Workflows.Email;

/// <summary>Sends through MailKit, connecting on the first message of a round and reusing the connection for the rest.</summary>
public sealed class SmtpTransport(EmailSmtpOptions options) : IEmailTransport
{
    private readonly SmtpClient _client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            var security = options.EncryptionMethod switch
            {
                SmtpEncryptionMethod.SSLTLS => SecureSocketOptions.SslOnConnect,
                SmtpEncryptionMethod.STARTTLS => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await _client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await _client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }
        }

        await _client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or OperationCanceledException)
        {
            // The connection is going away anyway.
        }

        _client.Dispose();
    }
}
