using System.Text.Json.Serialization;

namespace RencontresAict.Workflows.Models;

/// <summary>
/// A running or finished workflow, stored as a document in Orchard's <c>Workflow</c> shape: its type, status,
/// correlation id, state and the event activities it waits on.
/// </summary>
public sealed class WorkflowInstance
{
    public const string DocumentType = "Workflow";

    /// <summary>The document row; not serialized.</summary>
    [JsonIgnore]
    public long Id { get; set; }

    /// <summary>The concurrency stamp of the stored document; not serialized.</summary>
    [JsonIgnore]
    public long DocumentVersion { get; set; }

    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public string CorrelationId { get; set; } = "";

    public WorkflowState State { get; set; } = new();

    public WorkflowStatus Status { get; set; } = WorkflowStatus.Idle;

    public string? FaultMessage { get; set; }

    public int LockTimeout { get; set; }

    public int LockExpiration { get; set; }

    public List<BlockingActivity> BlockingActivities { get; set; } = [];

    public DateTime CreatedUtc { get; set; }
}
