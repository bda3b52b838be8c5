using System.Text.Json.Nodes;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>Settings</c> step as Orchard 2.x's SettingsStep: the site's own keys (matched case-sensitively) set
/// <see cref="SiteSettings"/> fields; every other key (LuceneSettings, SmtpSettings, RencontresSettings, …) is stored
/// whole in <see cref="SiteSettings.Properties"/>, replacing what was there. The step's own <c>name</c> is skipped.
/// </summary>
public sealed class SettingsStepHandler(SiteSettingsService settings) : IRecipeStepHandler
{
    public string Name => "Settings";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var site = await settings.GetAsync();
        foreach (var (key, value) in step)
        {
            var path = RecipeJson.PathOf(context.StepPath, key);
            switch (key)
            {
                case "name": break;
                case "BaseUrl": site.BaseUrl = RecipeJson.AsString(value); break;
                case "Calendar": site.Calendar = RecipeJson.AsString(value); break;
                case "MaxPagedCount": site.MaxPagedCount = Int(value, path); break;
                case "MaxPageSize": site.MaxPageSize = Int(value, path); break;
                case "PageSize": site.PageSize = Int(value, path); break;
                case "ResourceDebugMode": site.ResourceDebugMode = Int(value, path, "FromConfiguration", "Enabled", "Disabled"); break;
                case "SiteName": site.SiteName = RecipeJson.AsString(value) ?? site.SiteName; break;
                case "PageTitleFormat": site.PageTitleFormat = RecipeJson.AsString(value); break;
                case "SiteSalt": site.SiteSalt = RecipeJson.AsString(value); break;
                case "SuperUser": site.SuperUser = RecipeJson.AsString(value); break;
                case "TimeZoneId": site.TimeZoneId = TimeZone(value, path); break;
                case "UseCdn": site.UseCdn = Bool(value, path); break;
                case "CdnBaseUrl": site.CdnBaseUrl = RecipeJson.AsString(value); break;
                case "AppendVersion": site.AppendVersion = Bool(value, path); break;
                case "HomeRoute": site.HomeRoute = Route(value, path); break;
                case "CacheMode": site.CacheMode = Int(value, path); break;
                default: site.Properties[key] = value?.DeepClone(); break;
            }
        }

        await settings.SaveAsync(site);
    }

    /// <summary>An integer, or the name of an enum value given in <paramref name="names"/> order (as Orchard's enums).</summary>
    private static int Int(JsonNode? value, string path, params string[] names)
    {
        if (RecipeJson.TryGetInt32(value, out var number))
        {
            return number;
        }

        var index = Array.FindIndex(names, n => string.Equals(n, RecipeJson.AsString(value), StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new RecipeStepException(path, $"Expected a whole number, found {value?.ToJsonString() ?? "null"}.");
    }

    private static bool Bool(JsonNode? value, string path) =>
        RecipeJson.TryGetBoolean(value, out var flag)
            ? flag
            : throw new RecipeStepException(path, $"Expected true or false, found {value?.ToJsonString() ?? "null"}.");

    private static JsonObject? Route(JsonNode? value, string path) => value switch
    {
        null => null,
        JsonObject route => (JsonObject)route.DeepClone(),
        _ => throw new RecipeStepException(path, "'HomeRoute' must be a JSON object of route values."),
    };

    private static string TimeZone(JsonNode? value, string path)
    {
        var id = RecipeJson.AsString(value) ?? "";
        return id.Length == 0 || TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
            ? id
            : throw new RecipeStepException(path, $"Unknown time zone '{id}'.");
    }
}
