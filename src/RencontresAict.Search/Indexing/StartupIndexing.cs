using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RencontresAict.Content.Setup;

namespace RencontresAict.Search.Indexing;

/// <summary>
/// The indexes brought up to date after a start (<see cref="SearchCommands.CatchUpAsync"/>), or built after a first-run
/// setup (<see cref="SearchCommands.AfterSetupAsync"/>), once the server listens instead of before: opening Lucene and
/// its first writes were a large share of a start, and a page needs no index. Whatever reads the indexes or applies
/// a commit's tasks first waits for this work (<see cref="Ready"/>), and starts it if the server has not yet, so no
/// search runs on an index not caught up and no commit creates an index that a rebuild should have filled. The
/// host's stop waits for it, so the index files are not closed under it.
/// </summary>
public sealed class StartupIndexing(IServiceProvider services, ILogger<StartupIndexing> logger) : IHostedService
{
    private readonly Lock _starting = new();
    private SiteSetupResult? _pending;
    private Task _work = Task.CompletedTask;

    /// <summary>Done at once unless the start-up indexing is waiting or running; it never fails (a failure is logged).</summary>
    public Task Ready
    {
        get
        {
            lock (_starting)
            {
                if (_pending is { } setup)
                {
                    _pending = null;
                    _work = Task.Run(() => RunAsync(setup));
                }

                return _work;
            }
        }
    }

    /// <summary>Called once the site is set up, before the server listens: the work starts when it does.</summary>
    public void Begin(SiteSetupResult setup)
    {
        lock (_starting)
        {
            _pending = setup;
        }

        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => _ = Ready);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_starting)
        {
            _pending = null;
            return _work.WaitAsync(cancellationToken);
        }
    }

    private async Task RunAsync(SiteSetupResult setup)
    {
        try
        {
            await (setup.SetUp ? SearchCommands.AfterSetupAsync(services) : SearchCommands.CatchUpAsync(services));
        }
        catch (Exception e)
        {
            logger.LogError(e, "The search indexes could not be brought up to date after the start; searches use them as they are.");
        }
    }
}
