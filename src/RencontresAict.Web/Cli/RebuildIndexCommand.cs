namespace RencontresAict.Web.Cli;

/// <summary>
/// <c>rebuild-index</c>: rebuilds the Lucene index from the store. Search is not part of the site yet, so the verb
/// says so and fails (exit 2) rather than pretend; the search module will implement it.
/// </summary>
public sealed class RebuildIndexCommand : ICliCommand
{
    public const int NotInstalledExitCode = 2;

    public string Verb => "rebuild-index";

    public IReadOnlyCollection<string> Options => [];

    public Task<CliResult> RunAsync(CliArguments arguments, IServiceProvider services, CancellationToken cancellationToken) =>
        Task.FromResult(new CliResult(NotInstalledExitCode, "rebuild-index: search is not installed yet"));
}
