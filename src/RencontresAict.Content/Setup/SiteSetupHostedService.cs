using Microsoft.Extensions.Hosting;

namespace RencontresAict.Content.Setup;

/// <summary>
/// Sets the site up while the host starts, before any hosted service (the web server included) starts, so the first
/// request never sees an empty store. A setup that fails stops the host with the recipe's error.
/// </summary>
public sealed class SiteSetupHostedService(SiteSetupService setup) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => setup.SetupAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
