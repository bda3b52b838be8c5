namespace RencontresAict.Web.Cli;

/// <summary>A one-shot verb of the site's program: it does its work on the configured data folder and says so in one line.</summary>
public interface ICliCommand
{
    string Verb { get; }

    /// <summary>Options of the verb that take a value (<c>--edition 13</c>); other <c>--Key=value</c> pairs are configuration.</summary>
    IReadOnlyCollection<string> Options { get; }

    /// <summary>Options of the verb that take no value (<c>--current</c>).</summary>
    IReadOnlyCollection<string> Flags => [];

    Task<CliResult> RunAsync(CliArguments arguments, IServiceProvider services, CancellationToken cancellationToken);
}
