namespace RencontresAict.Workflows.Models;

/// <summary>One line of an instance's journal: what ran, what it answered, when, why it failed if it did, or who retried it.</summary>
public sealed class ExecutedActivity
{
    public string ActivityId { get; set; } = "";

    public string ActivityName { get; set; } = "";

    public string Title { get; set; } = "";

    public List<string> Outcomes { get; set; } = [];

    public DateTime ExecutedUtc { get; set; }

    public string? FaultMessage { get; set; }

    /// <summary>
    /// Set on the line a staff member's retry of a faulted activity writes (who asked); the lines of the run that
    /// follows come after it. An addition to Orchard's shape.
    /// </summary>
    public string? RetriedBy { get; set; }
}
