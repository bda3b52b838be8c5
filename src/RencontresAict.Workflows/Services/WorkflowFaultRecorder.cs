using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// Records a fault in a transaction of its own, for the rare case where the run's transaction had to be rolled back
/// whole: the instance is stored (or updated) as Faulted with its message and journal, so the fault is never lost.
/// </summary>
public sealed class WorkflowFaultRecorder(IServiceScopeFactory scopes)
{
    public async Task RecordAsync(WorkflowExecutionContext workflow)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowStore>();
        var session = scope.ServiceProvider.GetRequiredService<DocumentSession>();
        var stored = await store.GetAsync(workflow.WorkflowId);
        var faulted = stored ?? new WorkflowInstance
        {
            WorkflowId = workflow.WorkflowId,
            WorkflowTypeId = workflow.Workflow.WorkflowTypeId,
            CorrelationId = workflow.CorrelationId,
            CreatedUtc = workflow.Workflow.CreatedUtc,
            State = workflow.Workflow.State,
        };
        faulted.Status = WorkflowStatus.Faulted;
        faulted.FaultMessage = workflow.Workflow.FaultMessage;
        faulted.BlockingActivities.Clear();
        if (stored is not null && workflow.Journal.Count > 0)
        {
            faulted.State.ExecutedActivities.Add(workflow.Journal[^1]);
        }

        await store.SaveAsync(faulted);
        await session.SaveChangesAsync();
    }
}
