using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>Content</c> step: each item of <c>data</c> (or <c>Data</c>) is imported through
/// <see cref="ContentManager.ImportAsync"/>, so fixed ids update in place on a second import. An item without a
/// ContentItemId, of an unknown type, or refused by its handlers stops the recipe at that item's path.
/// </summary>
public sealed class ContentStepHandler(ContentManager contents, ContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string Name => "Content";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var (key, data) = RecipeJson.Find(step, "data");
        if (data is null)
        {
            return;
        }

        var dataPath = RecipeJson.PathOf(context.StepPath, key!);
        if (data is not JsonArray items)
        {
            throw new RecipeStepException(dataPath, "'data' must be a JSON array of content items.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = RecipeJson.PathOf(dataPath, i);
            if (items[i] is not JsonObject json)
            {
                throw new RecipeStepException(path, "A content item must be a JSON object.");
            }

            await ImportAsync(ContentItemJsonConverter.FromJson(json), path);
            context.ContentItemsImported++;
        }
    }

    private async Task ImportAsync(ContentItem item, string path)
    {
        if (string.IsNullOrWhiteSpace(item.ContentItemId))
        {
            throw new RecipeStepException(path + ".ContentItemId", "The content item is missing a 'ContentItemId'.");
        }

        if (string.IsNullOrWhiteSpace(item.ContentType) || await definitions.GetTypeDefinitionAsync(item.ContentType) is null)
        {
            throw new RecipeStepException(path + ".ContentType",
                $"Unknown content type '{item.ContentType}' (define it in a ContentDefinition step before the Content step).");
        }

        try
        {
            await contents.ImportAsync(item);
        }
        catch (ContentValidationException e)
        {
            var member = e.Errors.Count > 0 && !string.IsNullOrEmpty(e.Errors[0].Member) ? "." + e.Errors[0].Member : "";
            throw new RecipeStepException(path + member, e.Message, e);
        }
        catch (Exception e) when (e is not RecipeStepException)
        {
            throw new RecipeStepException(path, e.Message, e);
        }
    }
}
