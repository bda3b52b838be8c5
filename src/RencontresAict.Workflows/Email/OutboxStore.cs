using System.Text.Json;
using Microsoft.Extensions.Options;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Indexes;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// The outbox's delivery bookkeeping. A claim is one UPDATE … RETURNING that moves due messages (and messages whose
/// dispatcher's lease ran out) to Sending under a fresh token, so two dispatchers never hold the same message.
/// Each outcome is recorded only by the claim's holder.
/// </summary>
public sealed class OutboxStore(DocumentSession session, IOptions<EmailOptions> options)
{
    private const string Due = "((Status = 'Pending' AND NextAttemptUtc <= @now) OR (Status = 'Sending' AND LeaseUntilUtc <= @now))";

    public async Task<IReadOnlyList<OutboxClaim>> ClaimDueAsync(DateTimeOffset now, int batchSize)
    {
        var token = Guid.NewGuid().ToString("N");
        await session.BeginWriteAsync();
        var rows = await session.QueryAsync<(long DocumentId, long Attempts)>(
            $"""
            UPDATE OutboxMessageIndex SET Status = 'Sending', ClaimToken = @token, LeaseUntilUtc = @lease, Attempts = Attempts + 1
            WHERE DocumentId IN (SELECT DocumentId FROM OutboxMessageIndex WHERE {Due} ORDER BY NextAttemptUtc, DocumentId LIMIT @batchSize)
              AND {Due}
            RETURNING DocumentId, Attempts
            """,
            new { token, now = UtcText.Format(now), lease = UtcText.Format(now + options.Value.ClaimLease), batchSize });
        await session.SaveChangesAsync();
        return rows.OrderBy(r => r.DocumentId).Select(r => new OutboxClaim(r.DocumentId, token, (int)r.Attempts)).ToList();
    }

    /// <summary>False when the claim was lost (its lease ran out and another dispatcher took the message).</summary>
    public async Task<bool> MarkSentAsync(OutboxClaim claim, DateTimeOffset now)
    {
        var rows = await session.ExecuteAsync(
            """
            UPDATE OutboxMessageIndex SET Status = 'Sent', SentUtc = @now, LeaseUntilUtc = NULL, ClaimToken = NULL, LastError = NULL
            WHERE DocumentId = @DocumentId AND ClaimToken = @ClaimToken
            """,
            new { claim.DocumentId, claim.ClaimToken, now = UtcText.Format(now) });
        await session.SaveChangesAsync();
        return rows == 1;
    }

    /// <summary>Schedules the next try with exponential back-off, or marks the message Failed after the last attempt.</summary>
    public async Task MarkFailedAttemptAsync(OutboxClaim claim, string error, DateTimeOffset now)
    {
        var settings = options.Value;
        var giveUp = claim.Attempts >= settings.MaxAttempts;
        var delay = TimeSpan.FromTicks(Math.Min(
            settings.RetryMaxDelay.Ticks,
            settings.RetryBaseDelay.Ticks * (1L << Math.Min(claim.Attempts - 1, 20))));
        await session.ExecuteAsync(
            """
            UPDATE OutboxMessageIndex SET Status = @status, NextAttemptUtc = @next, LeaseUntilUtc = NULL, ClaimToken = NULL, LastError = @error
            WHERE DocumentId = @DocumentId AND ClaimToken = @ClaimToken
            """,
            new
            {
                claim.DocumentId, claim.ClaimToken,
                status = (giveUp ? OutboxStatus.Failed : OutboxStatus.Pending).ToString(),
                next = UtcText.Format(now + delay),
                error = error.Length > 500 ? error[..500] : error,
            });
        await session.SaveChangesAsync();
    }

    /// <summary>An administrator's retry of a Failed message: it is due again, with a fresh count of attempts.</summary>
    public async Task<bool> RetryAsync(string messageId, DateTimeOffset now)
    {
        var rows = await session.ExecuteAsync(
            "UPDATE OutboxMessageIndex SET Status = 'Pending', Attempts = 0, NextAttemptUtc = @now WHERE MessageId = @messageId AND Status = 'Failed'",
            new { messageId, now = UtcText.Format(now) });
        return rows == 1;
    }

    /// <summary>An administrator's "send now" for a Pending message waiting for its next attempt: it is due at once.</summary>
    public async Task<bool> BringForwardAsync(string messageId, DateTimeOffset now) =>
        await session.ExecuteAsync(
            "UPDATE OutboxMessageIndex SET NextAttemptUtc = @now WHERE MessageId = @messageId AND Status = 'Pending'",
            new { messageId, now = UtcText.Format(now) }) == 1;

    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountByStatusAsync() =>
        (await session.QueryAsync<(string Status, long Count)>("SELECT Status, COUNT(*) FROM OutboxMessageIndex GROUP BY Status"))
        .ToDictionary(r => Enum.Parse<OutboxStatus>(r.Status), r => (int)r.Count);

    /// <summary>One page of the messages in these statuses, newest first.</summary>
    public Task<IReadOnlyList<OutboxMessage>> ListPageAsync(IReadOnlyList<OutboxStatus> statuses, int skip, int take) =>
        LoadManyAsync(
            "WHERE i.Status IN @statuses ORDER BY i.DocumentId DESC LIMIT @take OFFSET @skip",
            new { statuses = statuses.Select(s => s.ToString()).ToArray(), skip, take });

    public async Task<OutboxMessage?> LoadByMessageIdAsync(string messageId) =>
        (await LoadManyAsync("WHERE i.MessageId = @messageId", new { messageId })) is [var message, ..] ? message : null;

    public async Task<OutboxMessage?> LoadAsync(long documentId) =>
        (await LoadManyAsync("WHERE i.DocumentId = @documentId ORDER BY i.DocumentId", new { documentId })) is [var message, ..] ? message : null;

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxStatus? status = null) =>
        LoadManyAsync("WHERE (@status IS NULL OR i.Status = @status) ORDER BY i.DocumentId", new { status = status?.ToString() });

    /// <summary>Messages with their delivery state; <paramref name="where"/> is the WHERE clause with its ORDER BY (and LIMIT).</summary>
    private async Task<IReadOnlyList<OutboxMessage>> LoadManyAsync(string where, object parameters)
    {
        var rows = await session.QueryAsync<OutboxRow>(
            $"""
            SELECT d.Content, i.DocumentId, i.Status, i.Attempts, i.NextAttemptUtc, i.LastError, i.SentUtc
            FROM OutboxMessageIndex i JOIN Document d ON d.Id = i.DocumentId {where}
            """,
            parameters);
        return rows.Select(row =>
        {
            var message = JsonSerializer.Deserialize<OutboxMessage>(row.Content, ContentJson.Options)!;
            message.Id = row.DocumentId;
            message.Status = Enum.Parse<OutboxStatus>(row.Status);
            message.Attempts = (int)row.Attempts;
            message.NextAttemptUtc = UtcText.Parse(row.NextAttemptUtc);
            message.LastError = row.LastError;
            message.SentUtc = UtcText.Parse(row.SentUtc);
            return message;
        }).ToList();
    }

    private sealed class OutboxRow
    {
        public string Content { get; set; } = "";

        public long DocumentId { get; set; }

        public string Status { get; set; } = "";

        public long Attempts { get; set; }

        public string? NextAttemptUtc { get; set; }

        public string? LastError { get; set; }

        public string? SentUtc { get; set; }
    }
}
