using RencontresAict.Content.Documents;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// Index tables of content versions: one row per version (ContentItemIndex), per route (AutoroutePartIndex)
/// and per field value (ContentFieldIndex). Queries read these, never the JSON.
/// </summary>
public sealed class ContentIndexMigration : IDataMigration
{
    public string Module => "Content";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE ContentItemIndex (
            DocumentId BIGINT NOT NULL PRIMARY KEY REFERENCES Document (Id),
            ContentItemId TEXT NOT NULL, ContentItemVersionId TEXT NOT NULL, ContentType TEXT NOT NULL,
            DisplayText TEXT NULL, Latest INTEGER NOT NULL, Published INTEGER NOT NULL,
            CreatedUtc TEXT NULL, ModifiedUtc TEXT NULL, PublishedUtc TEXT NULL, Owner TEXT NULL, Author TEXT NULL);
        CREATE INDEX IX_ContentItemIndex_Item ON ContentItemIndex (ContentItemId, Latest, Published);
        CREATE UNIQUE INDEX IX_ContentItemIndex_Version ON ContentItemIndex (ContentItemVersionId);
        CREATE INDEX IX_ContentItemIndex_Type ON ContentItemIndex (ContentType, Published, Latest);
        CREATE TABLE AutoroutePartIndex (
            DocumentId BIGINT NOT NULL REFERENCES Document (Id), ContentItemId TEXT NOT NULL, Path TEXT NOT NULL,
            Latest INTEGER NOT NULL, Published INTEGER NOT NULL);
        CREATE INDEX IX_AutoroutePartIndex_Path ON AutoroutePartIndex (Path, Published, Latest);
        CREATE INDEX IX_AutoroutePartIndex_Document ON AutoroutePartIndex (DocumentId);
        CREATE TABLE ContentFieldIndex (
            DocumentId BIGINT NOT NULL REFERENCES Document (Id), ContentItemId TEXT NOT NULL, ContentType TEXT NOT NULL,
            ContentPart TEXT NOT NULL, ContentField TEXT NOT NULL, Latest INTEGER NOT NULL, Published INTEGER NOT NULL,
            Text TEXT NULL, Number DOUBLE PRECISION NULL, Date TEXT NULL, Bool INTEGER NULL);
        CREATE INDEX IX_ContentFieldIndex_Document ON ContentFieldIndex (DocumentId);
        CREATE INDEX IX_ContentFieldIndex_Text ON ContentFieldIndex (ContentPart, ContentField, Text);
        CREATE INDEX IX_ContentFieldIndex_Date ON ContentFieldIndex (ContentPart, ContentField, Date);
        """,
    ];
}
