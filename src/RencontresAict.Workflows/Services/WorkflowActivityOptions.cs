namespace RencontresAict.Workflows.Services;

/// <summary>The activity kinds the site knows: technical name (the class name) → type, filled by <c>AddWorkflowActivity</c>.</summary>
public sealed class WorkflowActivityOptions
{
    public Dictionary<string, Type> ActivityTypes { get; } = new(StringComparer.Ordinal);
}
