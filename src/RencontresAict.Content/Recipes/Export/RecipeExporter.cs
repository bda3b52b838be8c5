using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Recipes.Export;

/// <summary>
/// Writes the site as an Orchard Core 2.x recipe: header, Feature and Themes (when recorded), ContentDefinition (every
/// type and part), Settings, and Content with the latest and the published version of each item, oldest first, in
/// Orchard's property order, the media files those items reference (<see cref="MediaExportStep"/>), then the modules' steps (<see cref="IRecipeExportSource"/>: WorkflowType, lucene-index, layers…). Given a
/// selection (<see cref="RecipeContentSelection"/>, a module's rule and its argument), Content holds only the items it
/// chooses. Secrets stay out: SiteSalt and every settings key containing "Password".
/// </summary>
public sealed class RecipeExporter(
    DocumentSession session,
    ContentDefinitionManager definitions,
    ContentItemStore store,
    SiteSettingsService settings,
    IEnumerable<IRecipeExportSource> sources,
    IOptions<ExportPortabilityOptions> portability,
    IOptions<SiteOptions> siteOptions,
    IOptions<Cluster.MediaStorageOptions> media,
    TimeProvider clock)
{
    public async Task<RecipeExport> ExportAsync(RecipeContentSelection? selection = null)
    {
        var site = await settings.GetAsync();
        var document = await definitions.LoadAsync();
        var documentIds = await session.QueryAsync<long>(
            "SELECT DocumentId FROM ContentItemIndex WHERE Latest = 1 OR Published = 1 ORDER BY DocumentId");
        IReadOnlyList<ContentItem> items = await store.LoadManyAsync(documentIds);
        if (selection is not null)
        {
            items = selection.Selector.Select(items, document, selection.Argument);
        }

        var steps = new JsonArray();
        if (site.EnabledFeatures.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = "Feature", ["enable"] = ToNode(site.EnabledFeatures) });
        }

        if (site.Themes is { Count: > 0 } themes)
        {
            var step = new JsonObject { ["name"] = "Themes" };
            JsonPaths.Merge(step, themes);
            steps.Add(step);
        }

        steps.Add(new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = ToNode(document.ContentTypeDefinitionRecords),
            ["ContentParts"] = ToNode(document.ContentPartDefinitionRecords),
        });
        steps.Add(SettingsStep(site));
        steps.Add(new JsonObject { ["name"] = "Content", ["data"] = ToNode(items) });
        if (await MediaExportStep.BuildAsync(items, media.Value.ResolveRoot(siteOptions.Value)) is { } mediaStep)
        {
            steps.Add(mediaStep);
        }

        foreach (var source in sources)
        {
            foreach (var step in await source.GetStepsAsync())
            {
                steps.Add(step);
            }
        }

        var suffix = selection is null ? "" : $"-{selection.Argument}";
        var recipe = new JsonObject
        {
            ["name"] = $"rencontres-aict{suffix}-export",
            ["displayName"] = selection is null
                ? $"{site.SiteName} (export)"
                : $"{site.SiteName}, {selection.Selector.Name} {selection.Argument} (export)",
            ["description"] = $"Exported on {ContentItemJsonConverter.FormatDate(clock.GetUtcNow().UtcDateTime)}.",
            ["author"] = site.SiteName,
            ["website"] = site.BaseUrl ?? "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray("export"),
            ["tags"] = new JsonArray(),
            ["steps"] = steps,
        };
        return new RecipeExport(recipe, items.Count, document.ContentTypeDefinitionRecords.Count)
        {
            SiteOnly = ExportPortability.SiteOnlyNames(recipe, portability.Value),
        };
    }

    public async Task<RecipeExport> ExportToFileAsync(string path, RecipeContentSelection? selection = null, CancellationToken cancellationToken = default)
    {
        var export = await ExportAsync(selection);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(path, export.Recipe.ToJsonString(ContentJson.Indented) + "\n", cancellationToken);
        return export;
    }

    private static JsonObject SettingsStep(SiteSettings site)
    {
        var step = new JsonObject
        {
            ["name"] = "Settings",
            ["SiteName"] = site.SiteName,
            ["BaseUrl"] = site.BaseUrl,
            ["TimeZoneId"] = site.TimeZoneId,
            ["Calendar"] = site.Calendar,
            ["PageSize"] = site.PageSize,
            ["MaxPageSize"] = site.MaxPageSize,
            ["MaxPagedCount"] = site.MaxPagedCount,
            ["PageTitleFormat"] = site.PageTitleFormat,
            ["SuperUser"] = site.SuperUser,
            ["UseCdn"] = site.UseCdn,
            ["CdnBaseUrl"] = site.CdnBaseUrl,
            ["AppendVersion"] = site.AppendVersion,
            ["ResourceDebugMode"] = site.ResourceDebugMode,
            ["CacheMode"] = site.CacheMode,
            ["HomeRoute"] = site.HomeRoute?.DeepClone(),
        };
        foreach (var (key, value) in step.ToList().Where(p => p.Value is null))
        {
            step.Remove(key);
        }

        foreach (var (key, value) in site.Properties)
        {
            step[key] = WithoutSecrets(value?.DeepClone());
        }

        return step;
    }

    private static JsonNode? WithoutSecrets(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj.ToList())
            {
                if (key.Contains("Password", StringComparison.OrdinalIgnoreCase))
                {
                    obj.Remove(key);
                }
                else
                {
                    WithoutSecrets(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var value in array)
            {
                WithoutSecrets(value);
            }
        }

        return node;
    }

    private static JsonNode ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, ContentJson.Options)!;
}
