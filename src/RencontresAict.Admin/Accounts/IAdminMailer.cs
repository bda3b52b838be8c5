using MimeKit;

namespace RencontresAict.Admin.Accounts;

/// <summary>Sends the admin's e-mails (password reset links): through the workflows' outbox on the site, to the pickup folder without it.</summary>
public interface IAdminMailer
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
