using NCrontab;
using RencontresAict.Workflows.Expressions;
using RencontresAict.Workflows.Indexes;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Activities;

/// <summary>
/// Waits until the next occurrence of <c>CronExpression</c> (five fields, UTC) after the moment the instance reached
/// it; the timer service checks waiting instances and resumes those that are due.
/// </summary>
public sealed class TimerEvent(WorkflowExpressionEvaluator expressions, TimeProvider clock) : EventActivity
{
    private const string StartedKey = "StartedUtc";

    public override async Task<bool> CanExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity) =>
        activity.State[StartedKey] is null || await IsDueAsync(workflow, activity);

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        activity.State[StartedKey] ??= UtcText.Format(clock.GetUtcNow());
        if (!await IsDueAsync(workflow, activity))
        {
            return ActivityExecutionResult.Halt();
        }

        activity.State.Remove(StartedKey);
        return Outcomes("Done");
    }

    private async Task<bool> IsDueAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var started = UtcText.Parse(activity.State[StartedKey]?.GetValue<string>()) ?? clock.GetUtcNow().UtcDateTime;
        var cron = await expressions.EvaluateAsync(activity.GetExpression("CronExpression", "*/5 * * * *"), workflow);
        var schedule = CrontabSchedule.Parse(cron.Trim());
        return clock.GetUtcNow().UtcDateTime >= schedule.GetNextOccurrence(started);
    }
}
