using System.Globalization;
using RencontresAict.Conference.Export;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes.Export;

namespace RencontresAict.Web.Cli;

/// <summary>
/// <c>export-recipe &lt;file&gt; [--edition N]</c>: writes the site, or one edition's content, as a recipe; the line it
/// prints names this site's own activities and parts the recipe uses, which a stock Orchard Core site cannot run.
/// </summary>
public sealed class ExportRecipeCommand : ICliCommand
{
    public string Verb => "export-recipe";

    public IReadOnlyCollection<string> Options => ["--edition"];

    public async Task<CliResult> RunAsync(CliArguments arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (arguments.Positional is not [var file])
        {
            return CliResult.Failure("usage: export-recipe <file> [--edition N]");
        }

        int? edition = null;
        if (arguments.Option("--edition") is { } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return CliResult.Failure($"export-recipe: --edition needs an edition number, not '{text}'.");
            }

            edition = number;
        }

        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var export = await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportToFileAsync(file, edition, cancellationToken);
        var what = edition is null ? "" : $"edition {edition}: ";
        var portability = export.SiteOnly.Count == 0
            ? ""
            : $" A stock Orchard Core site cannot run this site's own {string.Join(", ", export.SiteOnly)} (see README, Orchard recipes).";
        return CliResult.Success($"Exported {what}{export.ContentItems} content items and {export.ContentTypes} content types to {file}.{portability}");
    }
}
