namespace RencontresAict.Content.Setup;

/// <summary>
/// Work a module does once the store is ready, before the server listens: after a first-run setup
/// (<see cref="SiteSetupResult.SetUp"/> true) or on every later start (e.g. catching up on a search index).
/// </summary>
public interface ISiteStartupTask
{
    Task RunAsync(SiteSetupResult setup, CancellationToken cancellationToken);
}
