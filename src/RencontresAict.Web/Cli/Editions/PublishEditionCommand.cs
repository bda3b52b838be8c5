using System.Globalization;
using RencontresAict.Content.Documents;
using RencontresAict.Conference.Editions;

namespace RencontresAict.Web.Cli.Editions;

/// <summary>
/// <c>publish-edition N [--current]</c>: publishes edition N and the drafts <c>new-edition</c> made for it
/// (<see cref="EditionPublisher"/>); with <c>--current</c>, it becomes the edition the public site shows. A site running
/// on the same data folder drops its cached pages within PublicSite:ChangePollInterval.
/// </summary>
public sealed class PublishEditionCommand : ICliCommand
{
    public string Verb => "publish-edition";

    public IReadOnlyCollection<string> Options => [];

    public IReadOnlyCollection<string> Flags => ["--current"];

    public async Task<CliResult> RunAsync(CliArguments arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (arguments.Positional is not [var text])
        {
            return CliResult.Failure("usage: publish-edition N [--current]");
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return CliResult.Failure($"publish-edition: N is an edition number, not '{text}'.");
        }

        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        EditionPublication done;
        try
        {
            done = await scope.ServiceProvider.GetRequiredService<EditionPublisher>().PublishAsync(number, arguments.Flag("--current"));
            await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync(cancellationToken);
        }
        catch (EditionRequestException e)
        {
            return CliResult.Failure($"publish-edition: {e.Message}");
        }

        var current = done.MadeCurrent ? "; it is now the current edition" : "";
        return CliResult.Success($"Published edition {number} \"{done.Edition.DisplayText}\" and {done.Published.Count} of its drafts{current}.");
    }
}
