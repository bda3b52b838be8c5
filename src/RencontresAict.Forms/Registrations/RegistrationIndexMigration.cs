using RencontresAict.Content.Documents;

namespace RencontresAict.Forms.Registrations;

/// <summary>
/// RegistrationIndex: one row per registration (edition, normalised e-mail, status, creation time) for the duplicate
/// and capacity checks; a unique index refuses a second live registration of one address to one edition even if
/// a check were skipped. FormSubmissionIndex: the one-time token of each accepted post (a double click is one post).
/// </summary>
public sealed class RegistrationIndexMigration : IDataMigration
{
    public string Module => "Forms";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE RegistrationIndex (
            DocumentId BIGINT NOT NULL PRIMARY KEY REFERENCES Document (Id), ContentItemId TEXT NOT NULL,
            EditionContentItemId TEXT NOT NULL, EmailKey TEXT NOT NULL, Status TEXT NOT NULL, CreatedUtc TEXT NOT NULL);
        CREATE INDEX IX_RegistrationIndex_Edition ON RegistrationIndex (EditionContentItemId, Status, CreatedUtc);
        CREATE INDEX IX_RegistrationIndex_Item ON RegistrationIndex (ContentItemId);
        CREATE UNIQUE INDEX UX_RegistrationIndex_Live ON RegistrationIndex (EditionContentItemId, EmailKey) WHERE Status <> 'cancelled';
        CREATE TABLE FormSubmissionIndex (Token TEXT NOT NULL PRIMARY KEY, FormContentItemId TEXT NOT NULL, CreatedUtc TEXT NOT NULL);
        """,
    ];
}
