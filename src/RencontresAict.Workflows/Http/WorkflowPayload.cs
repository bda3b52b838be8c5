namespace RencontresAict.Workflows.Http;

/// <summary>What an HttpRequestEvent URL carries, as in Orchard: the workflow type and the activity it starts or resumes.</summary>
public sealed record WorkflowPayload(string WorkflowTypeId, string ActivityId);
