using System.Text.Json.Nodes;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>ReplaceContentDefinition</c> step: each listed type or part replaces the stored record of that name whole
/// (parts, fields and settings not listed are gone); records not listed are left alone.
/// </summary>
public sealed class ReplaceContentDefinitionStepHandler(ContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string Name => "ReplaceContentDefinition";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var types = ContentDefinitionStepReader.ReadTypes(step, context.StepPath);
        var parts = ContentDefinitionStepReader.ReadParts(step, context.StepPath);
        var document = await definitions.LoadForUpdateAsync();
        foreach (var type in types)
        {
            if (string.IsNullOrEmpty(type.Record.DisplayName))
            {
                type.Record.DisplayName = ContentDefinitionStepReader.DefaultDisplayName(type.Record.Name);
            }

            Replace(document.ContentTypeDefinitionRecords, type.Record, t => t.Name == type.Record.Name);
        }

        foreach (var part in parts)
        {
            Replace(document.ContentPartDefinitionRecords, part.Record, p => p.Name == part.Record.Name);
        }

        ContentDefinitionStepReader.Validate(document, types, parts, definitions);
        await definitions.SaveAsync(document);
    }

    private static void Replace<T>(List<T> records, T record, Predicate<T> sameName)
    {
        var index = records.FindIndex(sameName);
        if (index < 0)
        {
            records.Add(record);
        }
        else
        {
            records[index] = record;
        }
    }
}
