using RencontresAict.Content.Setup;
using RencontresAict.Search.Indexing;

namespace RencontresAict.Search;

/// <summary>
/// After a first-run setup, defines the default index if the recipe did not and builds it; on later starts,
/// rebuilds a missing index and applies indexing left pending by a stopped process. Both run in the background
/// (<see cref="StartupIndexing"/>) once the server listens: searches wait for them, the first pages do not.
/// </summary>
internal sealed class SearchStartupTask(StartupIndexing indexing) : ISiteStartupTask
{
    public Task RunAsync(SiteSetupResult setup, CancellationToken cancellationToken)
    {
        indexing.Begin(setup);
        return Task.CompletedTask;
    }
}
