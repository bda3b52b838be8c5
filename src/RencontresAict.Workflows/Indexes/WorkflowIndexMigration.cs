using RencontresAict.Content.Documents;

namespace RencontresAict.Workflows.Indexes;

/// <summary>
/// Index tables of workflow types and instances. Queries read these, never the JSON: which types start on an
/// event (WorkflowTypeStartActivityIndex), which instances wait on one (WorkflowBlockingActivityIndex), and each
/// instance's status and correlation (WorkflowIndex). Dates are ISO-8601 UTC text, so they sort as text.
/// </summary>
public sealed class WorkflowIndexMigration : IDataMigration
{
    public string Module => "Workflows";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE WorkflowTypeIndex (
            DocumentId BIGINT NOT NULL PRIMARY KEY REFERENCES Document (Id), WorkflowTypeId TEXT NOT NULL,
            Name TEXT NOT NULL, IsEnabled INTEGER NOT NULL, IsSingleton INTEGER NOT NULL);
        CREATE UNIQUE INDEX IX_WorkflowTypeIndex_Id ON WorkflowTypeIndex (WorkflowTypeId);
        CREATE TABLE WorkflowTypeStartActivityIndex (
            DocumentId BIGINT NOT NULL REFERENCES Document (Id), WorkflowTypeId TEXT NOT NULL,
            ActivityId TEXT NOT NULL, ActivityName TEXT NOT NULL, IsEnabled INTEGER NOT NULL);
        CREATE INDEX IX_WorkflowTypeStartActivityIndex_Name ON WorkflowTypeStartActivityIndex (ActivityName, IsEnabled);
        CREATE INDEX IX_WorkflowTypeStartActivityIndex_Document ON WorkflowTypeStartActivityIndex (DocumentId);
        CREATE TABLE WorkflowIndex (
            DocumentId BIGINT NOT NULL PRIMARY KEY REFERENCES Document (Id), WorkflowId TEXT NOT NULL,
            WorkflowTypeId TEXT NOT NULL, Status TEXT NOT NULL, CorrelationId TEXT NOT NULL, CreatedUtc TEXT NOT NULL);
        CREATE UNIQUE INDEX IX_WorkflowIndex_Id ON WorkflowIndex (WorkflowId);
        CREATE INDEX IX_WorkflowIndex_Type ON WorkflowIndex (WorkflowTypeId, Status);
        CREATE INDEX IX_WorkflowIndex_Correlation ON WorkflowIndex (CorrelationId);
        CREATE TABLE WorkflowBlockingActivityIndex (
            DocumentId BIGINT NOT NULL REFERENCES Document (Id), WorkflowId TEXT NOT NULL, WorkflowTypeId TEXT NOT NULL,
            ActivityId TEXT NOT NULL, ActivityName TEXT NOT NULL, ActivityIsStart INTEGER NOT NULL,
            CorrelationId TEXT NOT NULL);
        CREATE INDEX IX_WorkflowBlockingActivityIndex_Name ON WorkflowBlockingActivityIndex (ActivityName, CorrelationId);
        CREATE INDEX IX_WorkflowBlockingActivityIndex_Document ON WorkflowBlockingActivityIndex (DocumentId);
        """,
    ];
}
