namespace RencontresAict.Workflows.Models;

/// <summary>One line of an instance's journal: what ran, what it answered, when, and why it failed if it did.</summary>
public sealed class ExecutedActivity
{
    public string ActivityId { get; set; } = "";

    public string ActivityName { get; set; } = "";

    public string Title { get; set; } = "";

    public List<string> Outcomes { get; set; } = [];

    public DateTime ExecutedUtc { get; set; }

    public string? FaultMessage { get; set; }
}
