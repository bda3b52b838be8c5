using Microsoft.Extensions.Hosting;
using RencontresAict.Content.Cluster;

namespace RencontresAict.Content.Setup;

/// <summary>
/// Sets the site up while the host starts, before any hosted service (the web server included) starts, so the first
/// request never sees an empty store; then the modules' startup tasks run. A setup that fails stops the host with the
/// recipe's error. With several servers starting together on one database, the schema migration and the setup run
/// under the "setup" lock: the first node sets the site up, the others wait and then find it set up.
/// The host may <see cref="Begin"/> this work earlier, as soon as its services are built, so that it runs beside the
/// mapping of the endpoints (the admin's Razor Pages take a good part of a start) on the machine's other core.
/// </summary>
public sealed class SiteSetupHostedService(
    SiteSetupService setup, IDistributedLock locks, IEnumerable<ISiteStartupTask> startupTasks, IHostApplicationLifetime lifetime)
    : IHostedLifecycleService
{
    /// <summary>Longer than any setup: a node that dies while setting up frees the lock after it.</summary>
    private static readonly TimeSpan SetupLockExpiry = TimeSpan.FromMinutes(5);

    private readonly Lock _beginning = new();
    private Task? _work;

    /// <summary>Starts the setup and the startup tasks on the thread pool, once; <see cref="StartingAsync"/> waits for them.</summary>
    public Task Begin()
    {
        lock (_beginning)
        {
            return _work ??= Task.Run(() => RunAsync(lifetime.ApplicationStopping));
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        SiteSetupResult result;
        await using (await locks.AcquireAsync("setup", SetupLockExpiry, SetupLockExpiry, cancellationToken))
        {
            result = await setup.SetupAsync(cancellationToken);
        }

        foreach (var task in startupTasks)
        {
            await task.RunAsync(result, cancellationToken);
        }
    }
}
