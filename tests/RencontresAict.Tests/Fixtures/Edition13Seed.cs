using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Settings;

namespace RencontresAict.Tests.Fixtures;

/// <summary>
/// STOP-GAP until the recipe executor (branch <c>recipes</c>) is merged: imports the 13th edition by reading the
/// ContentDefinition, Settings and Content steps of its recipe directly and passing them to the engine
/// (ContentDefinitionManager, SiteSettingsService, ContentManager.ImportAsync). Switch the callers to
/// RecipeExecutor / the site's first-run setup once it lands, and delete this file.
/// The recipe is the repository's <c>recipes/rencontres-aict-13.recipe.json</c>; on a branch without it, the copy in
/// Fixtures/Data (taken from main) is used.
/// </summary>
public static class Edition13Seed
{
    public const string EditionId = "4a1ct130ed1t0n000000000013";

    public static string RecipePath
    {
        get
        {
            var shipped = Path.Combine(AppContext.BaseDirectory, "recipes", "rencontres-aict-13.recipe.json");
            return File.Exists(shipped) ? shipped : Path.Combine(AppContext.BaseDirectory, "Fixtures", "Data", "rencontres-aict-13.recipe.json");
        }
    }

    public static async Task ImportAsync(IServiceProvider services)
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(RecipePath), documentOptions: ContentJson.DocumentOptions)!.AsObject();
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        foreach (var step in recipe["steps"]!.AsArray().OfType<JsonObject>())
        {
            switch (step["name"]!.GetValue<string>().ToLowerInvariant())
            {
                case "contentdefinition":
                    await ImportDefinitionsAsync(sp.GetRequiredService<ContentDefinitionManager>(), step);
                    break;
                case "settings":
                    await ImportSettingsAsync(sp.GetRequiredService<SiteSettingsService>(), step);
                    break;
                case "content":
                    await ImportContentAsync(sp.GetRequiredService<ContentManager>(), step);
                    break;
                default:
                    break;
            }
        }

        await sp.GetRequiredService<DocumentSession>().SaveChangesAsync();
    }

    private static async Task ImportDefinitionsAsync(ContentDefinitionManager definitions, JsonObject step)
    {
        var document = await definitions.LoadForUpdateAsync();
        foreach (var type in step["ContentTypes"]?.Deserialize<List<ContentTypeDefinitionRecord>>(ContentJson.Options) ?? [])
        {
            document.ContentTypeDefinitionRecords.RemoveAll(t => t.Name == type.Name);
            document.ContentTypeDefinitionRecords.Add(type);
        }

        foreach (var part in step["ContentParts"]?.Deserialize<List<ContentPartDefinitionRecord>>(ContentJson.Options) ?? [])
        {
            document.ContentPartDefinitionRecords.RemoveAll(p => p.Name == part.Name);
            document.ContentPartDefinitionRecords.Add(part);
        }

        await definitions.SaveAsync(document);
    }

    private static async Task ImportSettingsAsync(SiteSettingsService service, JsonObject step)
    {
        var settings = await service.GetAsync();
        foreach (var (key, value) in step)
        {
            switch (key)
            {
                case "SiteName":
                    settings.SiteName = value!.GetValue<string>();
                    break;
                case "TimeZoneId":
                    settings.TimeZoneId = value!.GetValue<string>();
                    break;
                case "HomeRoute":
                    settings.HomeRoute = value?.DeepClone().AsObject();
                    break;
                default:
                    if (value is JsonObject module)
                    {
                        settings.Properties[key] = module.DeepClone();
                    }

                    break;
            }
        }

        await service.SaveAsync(settings);
    }

    private static async Task ImportContentAsync(ContentManager content, JsonObject step)
    {
        foreach (var node in step["data"]!.AsArray())
        {
            var item = node.Deserialize<ContentItem>(ContentJson.Options)!;
            var publish = item.Published;
            await content.ImportAsync(item);

            // This branch's ImportAsync leaves new items as drafts (fixed on branch recipes); publish them here.
            if (publish && await content.GetAsync(item.ContentItemId, VersionOptions.Latest) is { Published: false } latest)
            {
                await content.PublishAsync(latest);
            }
        }
    }
}
