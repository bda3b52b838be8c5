using Microsoft.Extensions.Hosting;

namespace RencontresAict.Content.Setup;

/// <summary>
/// Sets the site up while the host starts, before any hosted service (the web server included) starts, so the first
/// request never sees an empty store; then the modules' startup tasks run. A setup that fails stops the host with the
/// recipe's error.
/// </summary>
public sealed class SiteSetupHostedService(SiteSetupService setup, IEnumerable<ISiteStartupTask> startupTasks) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var result = await setup.SetupAsync(cancellationToken);
        foreach (var task in startupTasks)
        {
            await task.RunAsync(result, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
