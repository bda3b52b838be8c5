using RencontresAict.Content.Documents;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// The outbox's delivery state, one row per message: what the dispatcher claims (Status, NextAttemptUtc,
/// LeaseUntilUtc, ClaimToken) and records (Attempts, LastError, SentUtc). Dates are fixed-width UTC text.
/// </summary>
public sealed class OutboxMigration : IDataMigration
{
    public string Module => "Outbox";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE OutboxMessageIndex (
            DocumentId BIGINT NOT NULL PRIMARY KEY REFERENCES Document (Id), MessageId TEXT NOT NULL,
            Status TEXT NOT NULL, Attempts INTEGER NOT NULL, NextAttemptUtc TEXT NOT NULL, LeaseUntilUtc TEXT NULL,
            ClaimToken TEXT NULL, LastError TEXT NULL, CreatedUtc TEXT NOT NULL, SentUtc TEXT NULL);
        CREATE UNIQUE INDEX IX_OutboxMessageIndex_MessageId ON OutboxMessageIndex (MessageId);
        CREATE INDEX IX_OutboxMessageIndex_Due ON OutboxMessageIndex (Status, NextAttemptUtc);
        """,
    ];
}
