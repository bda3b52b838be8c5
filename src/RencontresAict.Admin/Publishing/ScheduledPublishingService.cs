using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RencontresAict.Content.Cluster;

namespace RencontresAict.Admin.Publishing;

/// <summary>
/// Every 30 seconds of the site's clock (TimeProvider, so Site:AsOf and tests move it), publishes what is due. With
/// several servers, the node holding the "scheduled-publishing" lock does it; the others skip that tick.
/// </summary>
public sealed class ScheduledPublishingService(
    IServiceScopeFactory scopes, IDistributedLock locks, TimeProvider clock, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var turn = await locks.TryAcquireAsync("scheduled-publishing", TimeSpan.FromMinutes(5), stoppingToken);
                if (turn is null)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().PublishDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Scheduled publishing failed; it is retried at the next tick");
            }
        }
    }
}
