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

    public async Task<OutboxMessage?> LoadAsync(long documentId) =>
        (await LoadManyAsync("WHERE i.DocumentId = @documentId", new { documentId })) is [var message, ..] ? message : null;

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxStatus? status = null) =>
        LoadManyAsync("WHERE (@status IS NULL OR i.Status = @status)", new { status = status?.ToString() });

    private async Task<IReadOnlyList<OutboxMessage>> LoadManyAsync(string where, object parameters)
    {
        var rows = await session.QueryAsync<OutboxRow>(
            $"""
            SELECT d.Content, i.DocumentId, i.Status, i.Attempts, i.NextAttemptUtc, i.LastError, i.SentUtc
            FROM OutboxMessageIndex i JOIN Document d ON d.Id = i.DocumentId {where} ORDER BY i.DocumentId
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
