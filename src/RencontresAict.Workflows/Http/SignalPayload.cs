namespace RencontresAict.Workflows.Http;

/// <summary>What a signal link carries: the signal's name, the correlation id, and the instance that made the link.</summary>
public sealed record SignalPayload(string Signal, string CorrelationId, string? WorkflowId);
