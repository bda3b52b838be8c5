using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Expressions;

/// <summary>What templates see as <c>Workflow</c>: <c>Workflow.Input.X</c>, <c>Workflow.Properties.X</c>, <c>Workflow.CorrelationId</c>…</summary>
public sealed class WorkflowLiquidModel(WorkflowExecutionContext workflow)
{
    public string WorkflowId => workflow.WorkflowId;

    public string CorrelationId => workflow.CorrelationId;

    public IDictionary<string, object?> Input => workflow.Input;

    public IDictionary<string, object?> Output => workflow.Output;

    public IDictionary<string, object?> Properties => workflow.Properties;

    public object? LastResult => workflow.LastResult;
}
