using RencontresAict.Content.Documents;

namespace RencontresAict.Api.Queries;

/// <summary>
/// The index the API's sorted queries need: a field's row of one version by (DocumentId, ContentPart, ContentField).
/// Without it SQLite joins through (ContentPart, ContentField) and reads every row of the field for every item
/// (56 s instead of 20 ms for 100 of 10,000 sessions ordered by start).
/// </summary>
public sealed class ContentQueryIndexMigration : IDataMigration
{
    public string Module => "Api.Queries";

    public IReadOnlyList<string> Steps { get; } =
    [
        "CREATE INDEX IX_ContentFieldIndex_DocumentField ON ContentFieldIndex (DocumentId, ContentPart, ContentField);",
    ];
}
