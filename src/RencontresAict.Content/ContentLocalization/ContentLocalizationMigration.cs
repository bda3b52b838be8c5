using RencontresAict.Content.Documents;

namespace RencontresAict.Content.ContentLocalization;

/// <summary>One LocalizedContentItemIndex row per stored version that has a LocalizationPart (Orchard's index of the same name).</summary>
public sealed class ContentLocalizationMigration : IDataMigration
{
    public string Module => "ContentLocalization";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE LocalizedContentItemIndex (
            DocumentId BIGINT NOT NULL REFERENCES Document (Id), ContentItemId TEXT NOT NULL, ContentType TEXT NOT NULL,
            LocalizationSet TEXT NOT NULL, Culture TEXT NOT NULL, Latest INTEGER NOT NULL, Published INTEGER NOT NULL);
        CREATE INDEX IX_LocalizedContentItemIndex_Document ON LocalizedContentItemIndex (DocumentId);
        CREATE INDEX IX_LocalizedContentItemIndex_Set ON LocalizedContentItemIndex (LocalizationSet, Culture, Published, Latest);
        """,
    ];
}
