using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// Starts and resumes workflows when events happen, in the scope's DocumentSession: the instance is saved in the
/// same transaction as the work its activities did, and the caller's SaveChangesAsync commits both. An event
/// resumes the halted instances waiting on it (same activity name and correlation id), then starts the enabled
/// types that begin with it.
/// </summary>
public sealed class WorkflowManager(
    DocumentSession session,
    WorkflowTypeStore types,
    WorkflowStore store,
    WorkflowExecutor executor,
    WorkflowFaultRecorder faults,
    ActivityLibrary library,
    IdGenerator ids,
    TimeProvider clock,
    IServiceProvider services,
    IHttpContextAccessor http,
    ILogger<WorkflowManager> logger)
{
    /// <summary>Workflows started by tasks of workflows (content events) nest; beyond this depth they are refused.</summary>
    public const int MaxDepth = 8;

    private int _depth;

    public async Task<IReadOnlyList<WorkflowExecutionContext>> TriggerEventAsync(
        string name, IReadOnlyDictionary<string, object?>? input = null, string? correlationId = null)
    {
        var runs = new List<WorkflowExecutionContext>();
        foreach (var halted in await store.ListHaltedAsync(name, correlationId))
        {
            foreach (var blocking in halted.BlockingActivities.Where(b => b.Name == name).ToList())
            {
                if (await ResumeWorkflowAsync(halted, blocking.ActivityId, input) is { } resumed)
                {
                    runs.Add(resumed);
                    break;
                }
            }
        }

        foreach (var type in await types.ListByStartActivityAsync(name))
        {
            foreach (var start in type.Activities.Where(a => a.IsStart && a.Name == name))
            {
                if (await StartWorkflowAsync(type, start, input, correlationId) is { } started)
                {
                    runs.Add(started);
                }
            }
        }

        return runs;
    }

    /// <summary>Starts an instance at a start activity; null when the activity declines or a singleton is already halted.</summary>
    public async Task<WorkflowExecutionContext?> StartWorkflowAsync(
        WorkflowType type, ActivityRecord start, IReadOnlyDictionary<string, object?>? input = null, string? correlationId = null)
    {
        if (!type.IsEnabled || _depth >= MaxDepth)
        {
            if (_depth >= MaxDepth)
            {
                logger.LogWarning("Workflow {WorkflowType} not started: {Depth} workflows already nest", type.Name, _depth);
            }

            return null;
        }

        // A singleton type's check and insert are one step: its starts wait for each other (see LockUntilCommitAsync;
        // the lock is named by the bare type id, as nodes of earlier versions name it).
        await session.BeginWriteAsync();
        if (type.IsSingleton)
        {
            await session.LockUntilCommitAsync(type.WorkflowTypeId);
            if (await store.HasHaltedInstanceAsync(type.WorkflowTypeId))
            {
                return null;
            }
        }

        var instance = new WorkflowInstance
        {
            WorkflowId = ids.GenerateUniqueId(),
            WorkflowTypeId = type.WorkflowTypeId,
            CorrelationId = correlationId ?? "",
            Status = WorkflowStatus.Starting,
            LockTimeout = type.LockTimeout,
            LockExpiration = type.LockExpiration,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var workflow = CreateContext(type, instance, input);
        if (!await CanExecuteAsync(workflow, start))
        {
            return null;
        }

        return await RunAsync(workflow, start, resuming: false);
    }

    /// <summary>
    /// Resumes a halted instance on one of its blocking activities. The instance is claimed first, so when two
    /// requests resume it at once only one runs it; the other gets null.
    /// </summary>
    public async Task<WorkflowExecutionContext?> ResumeWorkflowAsync(
        WorkflowInstance halted, string activityId, IReadOnlyDictionary<string, object?>? input = null)
    {
        var type = await types.GetAsync(halted.WorkflowTypeId);
        var record = type?.GetActivity(activityId);
        if (type is null || !type.IsEnabled || record is null || _depth >= MaxDepth
            || !await CanExecuteAsync(CreateContext(type, halted, input), record))
        {
            return null;
        }

        await session.BeginWriteAsync();
        if (!await store.TryClaimAsync(halted))
        {
            return null;
        }

        var instance = await store.LoadAsync(halted.Id);
        var blocking = instance?.BlockingActivities.Find(b => b.ActivityId == activityId);
        if (instance is null || blocking is null)
        {
            await session.ExecuteAsync("UPDATE WorkflowIndex SET Status = 'Halted' WHERE DocumentId = @Id", new { halted.Id });
            return null;
        }

        instance.BlockingActivities.Remove(blocking);
        instance.Status = WorkflowStatus.Resuming;
        return await RunAsync(CreateContext(type, instance, input), record, resuming: true);
    }

    /// <summary>
    /// A staff member's retry of a faulted instance (Orchard has none): the activity the fault names runs again, from the
    /// instance's state and the type as it is now (the cause may have been fixed there), outside any visitor's request.
    /// The retry is journalled with who asked and when; the instance leaves Faulted only if the run succeeds. Branches
    /// that were still scheduled when the fault stopped the run are not run again. The caller commits.
    /// </summary>
    /// <summary>
    /// Ends the halted instances correlated to an item whose story ended outside them (a registration the staff
    /// cancelled while it waited for its confirmation link): they become Aborted, as in Orchard, with a journal line
    /// saying why, so their links lead to "no longer valid" instead of resuming a run that no longer applies.
    /// </summary>
    public async Task<int> AbortHaltedAsync(string correlationId, string reason)
    {
        var halted = await store.ListHaltedByCorrelationAsync(correlationId);
        foreach (var workflow in halted)
        {
            workflow.Status = WorkflowStatus.Aborted;
            workflow.BlockingActivities.Clear();
            workflow.State.ExecutedActivities.Add(new ExecutedActivity
            {
                ActivityName = "Aborted",
                Title = reason,
                ExecutedUtc = clock.GetUtcNow().UtcDateTime,
            });
            await store.SaveAsync(workflow);
        }

        return halted.Count;
    }

    public async Task<WorkflowRetryResult> RetryFaultedWorkflowAsync(string workflowId, string retriedBy)
    {
        var faulted = await store.GetAsync(workflowId);
        if (faulted is not { Status: WorkflowStatus.Faulted })
        {
            return WorkflowRetryResult.NotFaulted;
        }

        var type = await types.GetAsync(faulted.WorkflowTypeId);
        if (type is not { IsEnabled: true })
        {
            return WorkflowRetryResult.TypeDisabled;
        }

        var faultLine = faulted.State.ExecutedActivities.LastOrDefault(e => e.FaultMessage is not null);
        var record = faultLine is null ? null : type.GetActivity(faultLine.ActivityId);
        if (record is null || library.Create(record.Name, services) is not { } activity)
        {
            return WorkflowRetryResult.ActivityMissing;
        }

        await session.BeginWriteAsync();
        if (!await store.TryClaimFaultedAsync(faulted) || await store.LoadAsync(faulted.Id) is not { } instance)
        {
            return WorkflowRetryResult.NotFaulted;
        }

        instance.Status = WorkflowStatus.Resuming;
        instance.FaultMessage = null;
        instance.State.ExecutedActivities.Add(new ExecutedActivity
        {
            ActivityId = record.ActivityId, ActivityName = record.Name, Title = record.Title, ExecutedUtc = clock.GetUtcNow().UtcDateTime, RetriedBy = retriedBy,
        });
        var workflow = new WorkflowExecutionContext(type, instance, services, httpContext: null) { Depth = _depth };
        var run = await RunAsync(workflow, record, resuming: activity.IsEvent);
        return run.Status == WorkflowStatus.Faulted ? WorkflowRetryResult.FaultedAgain : WorkflowRetryResult.Succeeded;
    }

    private async Task<WorkflowExecutionContext> RunAsync(WorkflowExecutionContext workflow, ActivityRecord record, bool resuming)
    {
        bool transactionKept;
        _depth++;
        try
        {
            transactionKept = await executor.ExecuteAsync(workflow, record, resuming);
        }
        finally
        {
            _depth--;
        }

        workflow.CaptureState();
        if (!transactionKept)
        {
            await session.RollbackAsync();
            await faults.RecordAsync(workflow);
            return workflow;
        }

        if (workflow.Status == WorkflowStatus.Finished && workflow.WorkflowType.DeleteFinishedWorkflows)
        {
            await store.DeleteAsync(workflow.Workflow);
        }
        else
        {
            await store.SaveAsync(workflow.Workflow);
        }

        if (workflow.Status == WorkflowStatus.Faulted)
        {
            await RaiseFaultAsync(workflow);
        }

        return workflow;
    }

    private async Task RaiseFaultAsync(WorkflowExecutionContext workflow)
    {
        // A fault handler that faults does not raise another fault event: no loop.
        if (workflow.WorkflowType.Activities.Exists(a => a.Name == "WorkflowFaultEvent"))
        {
            return;
        }

        var last = workflow.Journal.Count > 0 ? workflow.Journal[^1] : null;
        var fault = new WorkflowFaultModel
        {
            WorkflowId = workflow.WorkflowId,
            WorkflowTypeId = workflow.WorkflowType.WorkflowTypeId,
            WorkflowName = workflow.WorkflowType.Name,
            ActivityId = last?.ActivityId ?? "",
            ActivityTypeName = last?.ActivityName ?? "",
            ActivityDisplayName = last?.Title ?? "",
            ErrorMessage = workflow.Workflow.FaultMessage ?? "",
        };
        await TriggerEventAsync("WorkflowFaultEvent", new Dictionary<string, object?> { [WorkflowFaultModel.InputKey] = fault });
    }

    private async Task<bool> CanExecuteAsync(WorkflowExecutionContext workflow, ActivityRecord record)
    {
        var activity = library.Create(record.Name, services);
        return activity is not null
            && await activity.CanExecuteAsync(workflow, workflow.ContextOf(record, activity));
    }

    private WorkflowExecutionContext CreateContext(WorkflowType type, WorkflowInstance instance, IReadOnlyDictionary<string, object?>? input)
    {
        var workflow = new WorkflowExecutionContext(type, instance, services, http.HttpContext) { Depth = _depth };
        foreach (var (key, value) in input ?? new Dictionary<string, object?>())
        {
            workflow.Input[key] = value;
        }

        return workflow;
    }
}
