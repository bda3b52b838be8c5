using System.Text.Json.Nodes;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>Feature</c> step (<c>enable</c>, <c>disable</c>: feature ids). This site's modules are compiled in, so the
/// step only records the ids in <see cref="SiteSettings.EnabledFeatures"/>, and an export carries them back to an
/// Orchard site. Ids this site does not know are accepted silently, as Orchard ignores ids it does not find.
/// </summary>
public sealed class FeatureStepHandler(SiteSettingsService settings) : IRecipeStepHandler
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
