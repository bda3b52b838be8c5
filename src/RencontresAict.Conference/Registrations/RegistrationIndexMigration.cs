using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// RegistrationIndex: one row per registration (edition, normalised e-mail, status, creation time) for the duplicate
/// and capacity checks; a unique index refuses a second live registration of one address to one edition even if
/// a check were skipped (step 1 also made the Forms module's FormSubmissionIndex on sites set up before it had its own).
/// Step 2, for the staff's admin: the names and organisation to sort on, a folded SearchText to search (filled when a
/// registration is saved, and for older registrations by RegistrationIndexStartupTask on the first start after upgrading), the
/// status history (who moved it, when) and the e-mails queued for each registration. Step 3: every registration is
/// indexed again at the next start, so e-mail keys ignore invisible characters and full-width letters (TextNormalizer).
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
        """,
        """
        ALTER TABLE RegistrationIndex ADD COLUMN FirstName TEXT NOT NULL DEFAULT '';
        ALTER TABLE RegistrationIndex ADD COLUMN LastName TEXT NOT NULL DEFAULT '';
        ALTER TABLE RegistrationIndex ADD COLUMN Organisation TEXT NOT NULL DEFAULT '';
        ALTER TABLE RegistrationIndex ADD COLUMN SearchText TEXT NOT NULL DEFAULT '';
        CREATE TABLE RegistrationHistoryIndex (
            Id {Identity}, ContentItemId TEXT NOT NULL, Status TEXT NOT NULL, Actor TEXT NOT NULL, CreatedUtc TEXT NOT NULL);
        CREATE INDEX IX_RegistrationHistoryIndex_Item ON RegistrationHistoryIndex (ContentItemId, Id);
        CREATE TABLE RegistrationMessageIndex (
            Id {Identity}, ContentItemId TEXT NOT NULL, MessageId TEXT NOT NULL, Subject TEXT NOT NULL, Actor TEXT NOT NULL, CreatedUtc TEXT NOT NULL);
        CREATE INDEX IX_RegistrationMessageIndex_Item ON RegistrationMessageIndex (ContentItemId, Id);
        """,
        """
        UPDATE RegistrationIndex SET SearchText = '';
        """,
    ];
}
