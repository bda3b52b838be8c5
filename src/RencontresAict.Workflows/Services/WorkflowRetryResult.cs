namespace RencontresAict.Workflows.Services;

/// <summary>What a staff member's retry of a faulted instance came to.</summary>
public enum WorkflowRetryResult
{
    /// <summary>The faulted activity ran again and the instance went on: it is now halted or finished.</summary>
    Succeeded,

    /// <summary>The activity ran again and faulted again; the instance stays faulted with the new message.</summary>
    FaultedAgain,

    /// <summary>The instance is not (or no longer) faulted: another retry got it first, or it never faulted.</summary>
    NotFaulted,

    /// <summary>Its workflow type is disabled (or deleted): a disabled type runs nothing, retries included.</summary>
    TypeDisabled,

    /// <summary>The faulted activity is no longer in the workflow type, so there is nothing to run again.</summary>
    ActivityMissing,
}
