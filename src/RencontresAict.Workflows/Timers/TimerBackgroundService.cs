using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Activities;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Timers;

/// <summary>
/// Checks timers on <see cref="TimeProvider"/>'s clock: resumes the halted instances whose <c>TimerEvent</c> is due
/// (each in its own transaction, claimed so two servers never resume one twice), and keeps one instance waiting on
/// each start <c>TimerEvent</c> of an enabled type. With several servers, one node checks at a time (the
/// "workflow-timers" lock), so two nodes never start the same start timer's instance twice.
/// </summary>
public sealed class TimerBackgroundService(
    IServiceScopeFactory scopes, IOptions<WorkflowOptions> options, IDistributedLock locks, TimeProvider clock, ILogger<TimerBackgroundService> logger)
    : BackgroundService
{
    public async Task CheckTimersAsync()
    {
        IReadOnlyList<(long Id, string ActivityId)> waiting;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var halted = await scope.ServiceProvider.GetRequiredService<WorkflowStore>().ListHaltedOnAnyCorrelationAsync(nameof(TimerEvent));
            waiting = halted.SelectMany(w => w.BlockingActivities.Where(b => b.Name == nameof(TimerEvent)).Select(b => (w.Id, b.ActivityId))).ToList();
        }

        foreach (var (id, activityId) in waiting)
        {
            await InScopeAsync(async services =>
            {
                var instance = await services.GetRequiredService<WorkflowStore>().LoadAsync(id);
                if (instance is not null)
                {
                    await services.GetRequiredService<WorkflowManager>().ResumeWorkflowAsync(instance, activityId);
                }
            });
        }

        await InScopeAsync(async services =>
        {
            var store = services.GetRequiredService<WorkflowStore>();
            var manager = services.GetRequiredService<WorkflowManager>();
            foreach (var type in await services.GetRequiredService<WorkflowTypeStore>().ListByStartActivityAsync(nameof(TimerEvent)))
            {
                foreach (var start in type.Activities.Where(a => a.IsStart && a.Name == nameof(TimerEvent)))
                {
                    if (!await store.IsBlockedOnAsync(type.WorkflowTypeId, start.ActivityId))
                    {
                        await manager.StartWorkflowAsync(type, start);
                    }
                }
            }
        });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var turn = await locks.TryAcquireAsync("workflow-timers", TimeSpan.FromMinutes(5), stoppingToken);
                if (turn is not null)
                {
                    await CheckTimersAsync();
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Workflow timers not checked, retried at the next poll: {Error}", ex.Message);
            }

            try
            {
                await Task.Delay(options.Value.TimerPollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
    }
}
