namespace RencontresAict.Content.Documents;

/// <summary>The Document table every module stores its JSON documents in.</summary>
public sealed class DocumentMigration : IDataMigration
{
    public string Module => "Documents";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE Document (Id {Identity}, Type TEXT NOT NULL, Content TEXT NOT NULL, Version BIGINT NOT NULL);
        CREATE INDEX IX_Document_Type ON Document (Type);
        """,
    ];
}
