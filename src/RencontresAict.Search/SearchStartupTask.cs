using RencontresAict.Content.Setup;

namespace RencontresAict.Search;

/// <summary>
/// After a first-run setup, defines the default index if the recipe did not and builds it; on later starts,
/// rebuilds a missing index and applies indexing left pending by a stopped process.
/// </summary>
internal sealed class SearchStartupTask(IServiceProvider services) : ISiteStartupTask
{
    public Task RunAsync(SiteSetupResult setup, CancellationToken cancellationToken) =>
        setup.SetUp ? SearchCommands.AfterSetupAsync(services) : SearchCommands.CatchUpAsync(services);
}
