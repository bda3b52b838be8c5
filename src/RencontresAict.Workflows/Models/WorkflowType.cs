using System.Text.Json.Serialization;

namespace RencontresAict.Workflows.Models;

/// <summary>
/// A workflow definition as Orchard Core 2.x stores and exports it (the <c>WorkflowType</c> recipe step's items):
/// activities with their properties, and transitions from one activity's outcome to the next activity.
/// </summary>
public sealed class WorkflowType
{
    /// <summary>The document row; not serialized.</summary>
    [JsonIgnore]
    public long Id { get; set; }

    public string WorkflowTypeId { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsEnabled { get; set; } = true;

    /// <summary>At most one halted instance at a time: no new instance starts while one is halted.</summary>
    public bool IsSingleton { get; set; }

    /// <summary>Kept for Orchard; resumption here is always atomic (see WorkflowStore.TryClaimAsync).</summary>
    public int LockTimeout { get; set; }

    public int LockExpiration { get; set; }

    public bool DeleteFinishedWorkflows { get; set; }

    public List<ActivityRecord> Activities { get; set; } = [];

    public List<Transition> Transitions { get; set; } = [];

    public ActivityRecord? GetActivity(string activityId) => Activities.Find(a => a.ActivityId == activityId);
}
