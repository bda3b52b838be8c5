using System.Text.Json.Nodes;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>Feature</c> step (<c>enable</c>, <c>disable</c>: feature ids). This site's modules are compiled in, so the
/// step only records the ids in <see cref="SiteSettings.EnabledFeatures"/>, and an export carries them back to an
/// Orchard site. Ids this site does not know are accepted silently, as Orchard ignores ids it does not find.
/// An enabled feature whose Orchard module creates content types (Menu, Taxonomy) adds those the site lacks, as the
/// module's migration would (<see cref="StockContentTypes"/>).
/// </summary>
public sealed class FeatureStepHandler(SiteSettingsService settings, ContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string Name => "Feature";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var site = await settings.GetAsync();
        var disable = Ids(step, "disable", context);
        var enable = Ids(step, "enable", context);
        site.EnabledFeatures.RemoveAll(disable.Contains);
        foreach (var id in enable.Where(id => !site.EnabledFeatures.Contains(id)))
        {
            site.EnabledFeatures.Add(id);
        }

        await settings.SaveAsync(site);
        var document = await definitions.LoadForUpdateAsync();
        if (StockContentTypes.AddMissing(document, site.EnabledFeatures))
        {
            await definitions.SaveAsync(document);
        }
    }

    private static List<string> Ids(JsonObject step, string key, RecipeExecutionContext context)
    {
        var (name, value) = RecipeJson.Find(step, key);
        return value is null
            ? []
            : RecipeJson.Strings(value)?.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList()
                ?? throw new RecipeStepException(RecipeJson.PathOf(context.StepPath, name!), $"'{key}' must be a list of feature ids.");
    }
}
