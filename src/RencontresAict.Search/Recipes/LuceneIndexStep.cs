using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.Recipes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Search.Models;
using RencontresAict.Search.Services;

namespace RencontresAict.Search.Recipes;

/// <summary>
/// <c>{"name":"lucene-index","Indices":[{"Search":{"AnalyzerName":…,"IndexLatest":…,"IndexedContentTypes":[…]}}]}</c>:
/// defines each index that does not exist yet (Orchard 2.x leaves existing ones alone). Its files are built from
/// the committed content once the recipe's transaction commits.
/// </summary>
internal sealed class LuceneIndexStep(IServiceProvider services) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        try
        {
            await RunAsync(step);
        }
        catch (InvalidOperationException e)
        {
            throw new RecipeStepException(context.StepPath, e.Message, e);
        }
    }

    public string Name => "lucene-index";

    private async Task RunAsync(JsonObject step)
    {
        var settingsService = services.GetRequiredService<LuceneIndexSettingsService>();
        var created = new List<string>();
        foreach (var (name, node) in Indices(step))
        {
            if (await settingsService.GetAsync(name) is not null)
            {
                continue;
            }

            LuceneIndexSettings settings;
            try
            {
                settings = node?.Deserialize<LuceneIndexSettings>(ContentJson.Options) ?? new LuceneIndexSettings();
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"lucene-index: Indices.{name} is not valid index settings: {e.Message}", e);
            }

            settings.IndexName = name;
            await settingsService.SaveAsync(settings);
            created.Add(name);
        }

        IndexRecipeActions.AfterCommit(services, created, (indexing, name) => indexing.RebuildAsync(name));
    }

    private static IEnumerable<(string Name, JsonNode? Settings)> Indices(JsonObject step)
    {
        var indices = step["Indices"] ?? step["indices"];
        var entries = indices switch
        {
            JsonArray array => array.OfType<JsonObject>().SelectMany(o => o),
            JsonObject obj => obj,
            _ => throw new InvalidOperationException("lucene-index: 'Indices' must be an array of {\"IndexName\": {settings}} objects."),
        };
        foreach (var (name, settings) in entries)
        {
            if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains("..", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"lucene-index: '{name}' is not a valid index name.");
            }

            yield return (name, settings);
        }
    }
}
