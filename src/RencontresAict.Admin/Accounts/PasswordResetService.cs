using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using MimeKit;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;

namespace RencontresAict.Admin.Accounts;

/// <summary>
/// Password reset links: the token is the user id, security stamp and expiry, encrypted and signed by Data Protection.
/// It works until it expires or the password changes (the stamp changes with it), so it is used once at most.
/// Requests are throttled per client address and per account, and an account is mailed at most once per
/// <see cref="AdminAccountOptions.ResetMailInterval"/>.
/// </summary>
public sealed class PasswordResetService(
    IDataProtectionProvider protection,
    UserStore users,
    DocumentSession session,
    CredentialThrottle throttle,
    IAdminMailer mailer,
    TimeProvider clock,
    IOptions<AdminAccountOptions> options)
{
    private readonly ExpiringTokenProtector _tokens = new(protection, "RencontresAict.Admin.PasswordReset.v1", clock);

    /// <summary>
    /// Counts a reset request for <paramref name="login"/> from <paramref name="clientAddress"/>: null when it may go
    /// on, otherwise how long to wait. Known and unknown names count alike.
    /// </summary>
    public async Task<TimeSpan?> ThrottleAsync(string login, IPAddress? clientAddress)
    {
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindByLoginAsync(login);
        return throttle.TryAcquire(
            (options.Value.ResetRequestsPerClientAddressRule, CredentialThrottle.ClientKey(clientAddress)),
            (options.Value.ResetRequestsPerAccountRule, user is null ? "?" + CredentialThrottle.AccountKey(login) : user.UserId));
    }

    /// <summary>
    /// Mails a reset link to the user named by <paramref name="login"/>, if there is one and none was mailed in the
    /// last few minutes; says nothing either way.
    /// </summary>
    public async Task SendLinkAsync(string login, Func<string, string> linkFor, CancellationToken cancellationToken = default)
    {
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindByLoginAsync(login);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null || !user.IsEnabled || string.IsNullOrEmpty(user.Email) || user.ResetLinkSentUtc + options.Value.ResetMailInterval > now)
        {
            return;
        }

        user.ResetLinkSentUtc = now;
        await users.SaveAsync(user);
        var link = linkFor(CreateToken(user));
        var message = new MimeMessage { Subject = "Réinitialisation de votre mot de passe" };
        message.From.Add(MailboxAddress.Parse("ne-pas-repondre@rencontres-aict.fr"));
        message.To.Add(new MailboxAddress(user.UserName, user.Email));
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Bonjour {user.UserName},

                Pour choisir un nouveau mot de passe, ouvrez ce lien (valable {options.Value.ResetLinkLifetime.TotalMinutes:0} minutes, une seule fois) :
                {link}

                Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.
                """,
        };
        await mailer.SendAsync(message, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
    }

    public string CreateToken(UserRecord user) => _tokens.Protect(options.Value.ResetLinkLifetime, user.UserId, user.SecurityStamp);

    /// <summary>The user the token was made for, when it is genuine, unexpired and unused; otherwise null.</summary>
    public async Task<UserRecord?> ValidateTokenAsync(string? token)
    {
        if (_tokens.Read(token, 2) is not { Expired: false, Fields: [var userId, var stamp] })
        {
            return null;
        }

        var user = await users.FindByIdAsync(userId);
        return user is not null && user.IsEnabled && user.SecurityStamp == stamp ? user : null;
    }
}
