namespace RencontresAict.Workflows.Models;

/// <summary>Orchard Core's workflow instance states, stored by name.</summary>
public enum WorkflowStatus
{
    Idle,
    Starting,
    Resuming,
    Executing,
    Halted,
    Finished,
    Faulted,
    Aborted,
}
