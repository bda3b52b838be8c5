using RencontresAict.Content.Cluster;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Setup;

namespace RencontresAict.Web.Cli;

/// <summary>
/// <c>import-recipe &lt;file&gt;</c>: runs a recipe on the configured site, whole or not at all; a site running on the same
/// data folder drops its cached public pages within PublicSite:ChangePollInterval; with Redis:Configuration set, every
/// node drops them at once.
/// </summary>
public sealed class ImportRecipeCommand : ICliCommand
{
    public string Verb => "import-recipe";

    public IReadOnlyCollection<string> Options => [];

    public async Task<CliResult> RunAsync(CliArguments arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (arguments.Positional is not [var file])
        {
            return CliResult.Failure("usage: import-recipe <file>");
        }

        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        var parameters = await services.GetRequiredService<SiteSetupService>().GetRecipeParametersAsync();
        var result = await services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(file, parameters, cancellationToken: cancellationToken);

        // Settings and definitions change no content item, so no handler evicts for them: tell a running site here.
        await services.GetRequiredService<ISiteChangeBroadcast>().BroadcastAsync();
        return CliResult.Success($"Imported {file}: {result.Steps} steps, {result.ContentItems} content items.");
    }
}
