namespace RencontresAict.Workflows.Models;

/// <summary>An edge of the workflow graph: when the source activity returns the outcome, the destination runs.</summary>
public sealed class Transition
{
    public int Id { get; set; }

    public string SourceActivityId { get; set; } = "";

    public string SourceOutcomeName { get; set; } = "";

    public string DestinationActivityId { get; set; } = "";
}
