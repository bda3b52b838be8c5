using Microsoft.Extensions.Logging;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Workflows.Services;

/// <summary>
/// Runs an instance from one activity as Orchard Core does: follow every outcome's transitions, halt at events
/// reached mid-flow, finish when nothing is left. Each activity runs inside a savepoint of the session's
/// transaction: when it throws, only its own partial work is undone, the instance is faulted with the message and
/// a journal line, and what earlier activities did (content created, e-mails queued) stays, to be committed with it.
/// </summary>
public sealed class WorkflowExecutor(DocumentSession session, ActivityLibrary library, TimeProvider clock, ILogger<WorkflowExecutor> logger)
{
    private int _savepoints;

    /// <summary>
    /// Runs the instance; false when an activity faulted and its savepoint could not be rolled back, so the
    /// transaction is lost and the fault must be recorded in a new one (see <see cref="WorkflowFaultRecorder"/>).
    /// </summary>
    public async Task<bool> ExecuteAsync(WorkflowExecutionContext workflow, ActivityRecord start, bool resuming)
    {
        await session.BeginWriteAsync();
        var scheduled = new Stack<ActivityRecord>();
        var blocking = new List<ActivityRecord>();
        var firstPass = true;
        workflow.Status = WorkflowStatus.Executing;
        scheduled.Push(start);

        while (scheduled.Count > 0)
        {
            var record = scheduled.Pop();
            var activity = library.Create(record.Name, workflow.Services);
            if (activity is null)
            {
                Fault(workflow, record, $"Unknown activity '{record.Name}'.", []);
                return true;
            }

            var context = workflow.ContextOf(record, activity);
            if (!firstPass && activity.IsEvent)
            {
                blocking.Add(record);
                continue;
            }

            if (!firstPass && !await activity.CanExecuteAsync(workflow, context))
            {
                continue;
            }

            var (result, transactionKept) = await RunInSavepointAsync(workflow, context, resuming && firstPass);
            if (result is null)
            {
                return transactionKept;
            }

            firstPass = false;
            if (result.IsHalted)
            {
                blocking.Add(record);
                continue;
            }

            Journal(workflow, record, result.Outcomes, null);
            foreach (var outcome in result.Outcomes)
            {
                foreach (var transition in workflow.GetOutboundTransitions(record.ActivityId, outcome))
                {
                    var destination = workflow.WorkflowType.GetActivity(transition.DestinationActivityId);
                    if (destination is null)
                    {
                        continue;
                    }

                    var next = library.Create(destination.Name, workflow.Services);
                    next?.OnTransitionFollowed(workflow, workflow.ContextOf(destination, next), transition);
                    scheduled.Push(destination);
                }
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var record in blocking.DistinctBy(r => r.ActivityId))
        {
            if (!workflow.Workflow.BlockingActivities.Exists(b => b.ActivityId == record.ActivityId))
            {
                workflow.Workflow.BlockingActivities.Add(new BlockingActivity { ActivityId = record.ActivityId, IsStart = record.IsStart, Name = record.Name, CreatedUtc = now });
            }
        }

        workflow.Status = workflow.Workflow.BlockingActivities.Count > 0 ? WorkflowStatus.Halted : WorkflowStatus.Finished;
        return true;
    }

    private async Task<(ActivityExecutionResult? Result, bool TransactionKept)> RunInSavepointAsync(WorkflowExecutionContext workflow, ActivityContext context, bool resume)
    {
        var savepoint = "wf_activity_" + Interlocked.Increment(ref _savepoints);
        var transaction = session.Transaction!;
        await transaction.SaveAsync(savepoint);
        try
        {
            var result = resume
                ? await context.Activity.ResumeAsync(workflow, context)
                : await context.Activity.ExecuteAsync(workflow, context);
            await transaction.ReleaseAsync(savepoint);
            return (result, true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Activity {ActivityName} ({ActivityId}) of workflow {WorkflowId} faulted", context.Record.Name, context.ActivityId, workflow.WorkflowId);
            var kept = true;
            try
            {
                await transaction.RollbackAsync(savepoint);
            }
            catch (Exception rollbackError)
            {
                logger.LogError(rollbackError, "The transaction of workflow {WorkflowId} could not be kept after the fault", workflow.WorkflowId);
                kept = false;
            }

            Fault(workflow, context.Record, ex.Message, []);
            return (null, kept);
        }
    }

    private void Fault(WorkflowExecutionContext workflow, ActivityRecord record, string message, IReadOnlyList<string> outcomes)
    {
        workflow.Status = WorkflowStatus.Faulted;
        workflow.Workflow.FaultMessage = message;
        Journal(workflow, record, outcomes, message);
    }

    private void Journal(WorkflowExecutionContext workflow, ActivityRecord record, IReadOnlyList<string> outcomes, string? fault) =>
        workflow.Workflow.State.ExecutedActivities.Add(new ExecutedActivity
        {
            ActivityId = record.ActivityId,
            ActivityName = record.Name,
            Title = record.Title,
            Outcomes = outcomes.ToList(),
            ExecutedUtc = clock.GetUtcNow().UtcDateTime,
            FaultMessage = fault,
        });
}
