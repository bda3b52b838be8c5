namespace RencontresAict.Workflows.Models;

/// <summary>What a <c>WorkflowFaultEvent</c> workflow is given (as input <c>WorkflowFault</c>) when another workflow faults.</summary>
public sealed class WorkflowFaultModel
{
    public const string InputKey = "WorkflowFault";

    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public string WorkflowName { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string ActivityTypeName { get; set; } = "";

    public string ActivityDisplayName { get; set; } = "";

    public string ErrorMessage { get; set; } = "";
}
