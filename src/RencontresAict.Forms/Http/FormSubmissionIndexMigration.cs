using RencontresAict.Content.Documents;

namespace RencontresAict.Forms.Http;

/// <summary>
/// FormSubmissionIndex: the one-time token of each accepted post. Sites set up before the conference module had its
/// own project got the table from the registration's first migration step, hence "if not exists".
/// </summary>
public sealed class FormSubmissionIndexMigration : IDataMigration
{
    public string Module => "FormSubmissions";

    public IReadOnlyList<string> Steps { get; } =
    [
        "CREATE TABLE IF NOT EXISTS FormSubmissionIndex (Token TEXT NOT NULL PRIMARY KEY, FormContentItemId TEXT NOT NULL, CreatedUtc TEXT NOT NULL);",
    ];
}
