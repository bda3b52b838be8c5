using RencontresAict.Content.Documents;

namespace RencontresAict.Admin.Publishing;

/// <summary>The table of versions to publish later: one row per scheduled item (a new schedule replaces the old).</summary>
public sealed class PublishScheduleMigration : IDataMigration
{
    public string Module => "Admin.PublishSchedule";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE ScheduledPublication (
            ContentItemId TEXT NOT NULL PRIMARY KEY, ContentItemVersionId TEXT NOT NULL,
            PublishAtUtc TEXT NOT NULL, ScheduledBy TEXT NULL);
        CREATE INDEX IX_ScheduledPublication_Due ON ScheduledPublication (PublishAtUtc);
        """,
    ];
}
