using System.Text.Json.Nodes;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>Themes</c> step (<c>site</c>, <c>admin</c>: theme ids), recorded in <see cref="SiteSettings.Themes"/>;
/// a key the step does not give keeps its stored value.
/// </summary>
public sealed class ThemesStepHandler(SiteSettingsService settings) : IRecipeStepHandler
{
    public string Name => "Themes";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var site = await settings.GetAsync();
        var themes = site.Themes ?? [];
        foreach (var key in new[] { "site", "admin" })
        {
            var (name, value) = RecipeJson.Find(step, key);
            if (value is null)
            {
                continue;
            }

            themes[key] = RecipeJson.AsString(value)
                ?? throw new RecipeStepException(RecipeJson.PathOf(context.StepPath, name!), $"'{key}' must be a theme id.");
        }

        site.Themes = themes;
        await settings.SaveAsync(site);
    }
}
