namespace RencontresAict.Workflows.Services;

/// <summary>The instance was changed by someone else since it was loaded; the caller's transaction must roll back.</summary>
public sealed class WorkflowConcurrencyException(string workflowId)
    : Exception($"Workflow instance '{workflowId}' was changed concurrently.");
