using System.Text.Json.Nodes;

namespace RencontresAict.Workflows.Models;

/// <summary>
/// The persisted runtime state of an instance: what it was given (<see cref="Input"/>), what it produced
/// (<see cref="Output"/>), its variables (<see cref="Properties"/>), the last activity's result, the journal of
/// executed activities and each activity's own state (a join's arrived branches, a timer's start).
/// </summary>
public sealed class WorkflowState
{
    public JsonObject Input { get; set; } = [];

    public JsonObject Output { get; set; } = [];

    public JsonObject Properties { get; set; } = [];

    public JsonNode? LastResult { get; set; }

    public List<ExecutedActivity> ExecutedActivities { get; set; } = [];

    public Dictionary<string, JsonObject> ActivityStates { get; set; } = new(StringComparer.Ordinal);
}
