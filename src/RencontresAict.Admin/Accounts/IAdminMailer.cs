using MimeKit;

namespace RencontresAict.Admin.Accounts;

/// <summary>Sends the admin's e-mails (password reset links). The durable outbox replaces the pickup folder at merge.</summary>
public interface IAdminMailer
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
