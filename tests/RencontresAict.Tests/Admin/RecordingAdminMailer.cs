using System.Collections.Concurrent;
using MimeKit;
using RencontresAict.Admin.Accounts;

namespace RencontresAict.Tests.Admin;

/// <summary>Keeps the admin's e-mails instead of queueing them, so a test can count them as soon as a request returns.</summary>
public sealed class RecordingAdminMailer : IAdminMailer
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();

    public IReadOnlyCollection<MimeMessage> Messages => _messages;

    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }
}
