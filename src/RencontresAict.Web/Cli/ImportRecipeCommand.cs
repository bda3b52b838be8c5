using RencontresAict.Content.Cluster;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Setup;

namespace RencontresAict.Web.Cli;

/// <summary>
/// <c>import-recipe &lt;file&gt;</c>: runs a recipe on the configured site, whole or not at all (on an empty data folder,
/// the site is set up with it: its administrator is created as setup creates it, never a site without one); a site running on the same
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
        var setupService = services.GetRequiredService<SiteSetupService>();
        // An empty data folder is set up with this recipe, so the site it leaves has its administrator.
        var setup = await setupService.SetupWithAsync(file, cancellationToken);
        if (setup is { SetUp: true, Recipe: { } first })
        {
            await services.GetRequiredService<ISiteChangeBroadcast>().BroadcastAsync();
            var password = setup.PasswordGenerated ? "its password generated and logged once" : "its password from Site:AdminPassword";
            return CliResult.Success($"Imported {file}: {first.Steps} steps, {first.ContentItems} content items; the data folder was empty, so the site "
                + $"was set up with it and its administrator '{setup.AdministratorName}' created ({password}).");
        }

        var parameters = await setupService.GetRecipeParametersAsync();
        var result = await services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(file, parameters, cancellationToken: cancellationToken);

        // Settings and definitions change no content item, so no handler evicts for them: tell a running site here.
        await services.GetRequiredService<ISiteChangeBroadcast>().BroadcastAsync();
        return CliResult.Success($"Imported {file}: {result.Steps} steps, {result.ContentItems} content items.");
    }
}
