namespace RencontresAict.Workflows.Models;

/// <summary>An event activity a halted instance waits on; the instance resumes when that event is triggered.</summary>
public sealed class BlockingActivity
{
    public string ActivityId { get; set; } = "";

    public bool IsStart { get; set; }

    public string Name { get; set; } = "";

    /// <summary>When the instance began to wait (timers count from it); an addition to Orchard's shape.</summary>
    public DateTime? CreatedUtc { get; set; }
}
