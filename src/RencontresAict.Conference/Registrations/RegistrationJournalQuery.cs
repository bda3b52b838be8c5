using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Registrations;

/// <summary>A registration's status history and e-mails (with the outbox's delivery state), oldest first.</summary>
public sealed class RegistrationJournalQuery(DocumentSession session)
{
    public async Task<IReadOnlyList<RegistrationJournalEntry>> StatusesAsync(string registrationId) =>
        (await session.QueryAsync<RegistrationJournalEntry>(
            """
            SELECT CreatedUtc, Actor, Status
            FROM RegistrationHistoryIndex WHERE ContentItemId = @registrationId ORDER BY Id
            """, new { registrationId })).ToList();

    public async Task<IReadOnlyList<RegistrationJournalEntry>> EmailsAsync(string registrationId) =>
        (await session.QueryAsync<RegistrationJournalEntry>(
            """
            SELECT m.CreatedUtc, m.Actor, m.Subject, o.Status AS DeliveryStatus, o.SentUtc
            FROM RegistrationMessageIndex m LEFT JOIN OutboxMessageIndex o ON o.MessageId = m.MessageId
            WHERE m.ContentItemId = @registrationId ORDER BY m.Id
            """, new { registrationId })).ToList();
}
