using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RencontresAict.Admin.Publishing;

/// <summary>Every 30 seconds of the site's clock (TimeProvider, so Site:AsOf and tests move it), publishes what is due.</summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
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
