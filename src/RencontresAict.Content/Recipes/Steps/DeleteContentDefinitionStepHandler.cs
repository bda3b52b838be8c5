using System.Text.Json.Nodes;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>DeleteContentDefinition</c> step: <c>ContentTypes</c> and <c>ContentParts</c> are lists of names to delete.
/// A deleted part is also taken off every type that used it, as Orchard does; names not defined are ignored.
/// Content items of a deleted type stay stored.
/// </summary>
public sealed class DeleteContentDefinitionStepHandler(ContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string Name => "DeleteContentDefinition";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var typeNames = Names(step, "ContentTypes", context);
        var partNames = Names(step, "ContentParts", context);
        var document = await definitions.LoadForUpdateAsync();
        document.ContentTypeDefinitionRecords.RemoveAll(t => typeNames.Contains(t.Name));
        document.ContentPartDefinitionRecords.RemoveAll(p => partNames.Contains(p.Name));
        foreach (var type in document.ContentTypeDefinitionRecords)
        {
            type.ContentTypePartDefinitionRecords.RemoveAll(p => partNames.Contains(p.PartName));
        }

        await definitions.SaveAsync(document);
    }

    private static HashSet<string> Names(JsonObject step, string key, RecipeExecutionContext context)
    {
        var (name, value) = RecipeJson.Find(step, key);
        if (value is null)
        {
            return [];
        }

        return RecipeJson.Strings(value) is { } names
            ? names.ToHashSet(StringComparer.Ordinal)
            : throw new RecipeStepException(RecipeJson.PathOf(context.StepPath, name!), $"'{key}' must be a list of names.");
    }
}
