using RencontresAict.Content.Documents;
using RencontresAict.Search;

namespace RencontresAict.Web.Cli;

/// <summary><c>rebuild-index</c>: rebuilds every Lucene index from the committed content of the configured site.</summary>
public sealed class RebuildIndexCommand : ICliCommand
{
    public string Verb => "rebuild-index";

    public IReadOnlyCollection<string> Options => [];

    public async Task<CliResult> RunAsync(CliArguments arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        using var line = new StringWriter();
        var exitCode = await SearchCommands.RebuildIndexAsync(services, line);
        return new CliResult(exitCode, line.ToString().Trim());
    }
}
