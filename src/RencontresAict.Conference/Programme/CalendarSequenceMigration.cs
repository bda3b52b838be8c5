using RencontresAict.Content.Documents;

namespace RencontresAict.Conference.Programme;

/// <summary>One row per content item counting its publications: the iCalendar SEQUENCE of its event.</summary>
public sealed class CalendarSequenceMigration : IDataMigration
{
    public string Module => "Api";

    public IReadOnlyList<string> Steps { get; } =
    [
        "CREATE TABLE CalendarSequenceIndex (ContentItemId VARCHAR(26) NOT NULL PRIMARY KEY, Publications BIGINT NOT NULL);",
    ];
}
