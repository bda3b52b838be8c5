using System.Globalization;
using RencontresAict.Content.Documents;
using RencontresAict.Conference.Editions;

namespace RencontresAict.Web.Cli.Editions;

/// <summary>
/// <c>new-edition --from N --number M --start YYYY-MM-DD [--end YYYY-MM-DD]</c>: prepares edition M from edition N as
/// drafts (<see cref="NextEditionPreparer"/>); nothing is public until <c>publish-edition M</c>. A refused request stores nothing.
/// </summary>
public sealed class NewEditionCommand : ICliCommand
{
    public const string Usage = "usage: new-edition --from N --number M --start YYYY-MM-DD [--end YYYY-MM-DD]";

    public string Verb => "new-edition";

    public IReadOnlyCollection<string> Options => ["--from", "--number", "--start", "--end"];

    public async Task<CliResult> RunAsync(CliArguments arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (arguments.Positional.Count > 0 || arguments.Option("--from") is null || arguments.Option("--number") is null || arguments.Option("--start") is null)
        {
            return CliResult.Failure(Usage);
        }

        if (Number(arguments, "--from") is not { } from || Number(arguments, "--number") is not { } number)
        {
            return CliResult.Failure($"new-edition: --from and --number need edition numbers, not '{arguments.Option("--from")}' and '{arguments.Option("--number")}'.");
        }

        if (Day(arguments.Option("--start")) is not { } start)
        {
            return CliResult.Failure($"new-edition: --start needs a date (YYYY-MM-DD), not '{arguments.Option("--start")}'.");
        }

        DateOnly? end = null;
        if (arguments.Option("--end") is { } endText)
        {
            end = Day(endText) ?? (DateOnly?)null;
            if (end is null)
            {
                return CliResult.Failure($"new-edition: --end needs a date (YYYY-MM-DD), not '{endText}'.");
            }
        }

        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        NextEditionResult result;
        try
        {
            result = await scope.ServiceProvider.GetRequiredService<NextEditionPreparer>().PrepareAsync(new NextEditionRequest(from, number, start, end, "cli"));
            await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync(cancellationToken);
        }
        catch (EditionRequestException e)
        {
            return CliResult.Failure($"new-edition: {e.Message}");
        }

        var form = result.Form is null ? "no registration form" : result.WorkflowTypeId is null ? "its registration form" : "its registration form and workflow";
        return CliResult.Success(
            $"Created edition {number} \"{result.Edition.DisplayText}\" (/{EditionDirectory.PathOf(result.Edition)}) from edition {from} as drafts, " +
            $"with {result.Pages.Count} pages and {form}" + (result.Translations.Count > 0 ? $", and {result.Translations.Count} translations" : "")
            + $"; publish it with: publish-edition {number} --current");
    }

    private static int? Number(CliArguments arguments, string option) =>
        int.TryParse(arguments.Option(option), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
