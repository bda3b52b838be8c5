using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>ContentDefinition</c> step: creates or merges content types and parts, never removes. A type's DisplayName
/// and settings are merged only when the record has a DisplayName (Orchard 2.x); listed parts and fields are added or
/// have their settings merged; anything not listed stays. Running the same step twice changes nothing.
/// </summary>
public sealed class ContentDefinitionStepHandler(ContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string Name => "ContentDefinition";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var types = ContentDefinitionStepReader.ReadTypes(step, context.StepPath);
        var parts = ContentDefinitionStepReader.ReadParts(step, context.StepPath);
        var document = await definitions.LoadForUpdateAsync();
        foreach (var type in types)
        {
            MergeType(document, type.Record);
        }

        foreach (var part in parts)
        {
            MergePart(document, part.Record);
        }

        ContentDefinitionStepReader.Validate(document, types, parts, definitions);
        await definitions.SaveAsync(document);
    }

    private static void MergeType(ContentDefinitionDocument document, ContentTypeDefinitionRecord record)
    {
        var type = document.ContentTypeDefinitionRecords.Find(t => t.Name == record.Name);
        if (type is null)
        {
            type = new ContentTypeDefinitionRecord { Name = record.Name, DisplayName = ContentDefinitionStepReader.DefaultDisplayName(record.Name) };
            document.ContentTypeDefinitionRecords.Add(type);
        }

        if (!string.IsNullOrEmpty(record.DisplayName))
        {
            type.DisplayName = record.DisplayName;
            JsonPaths.Merge(type.Settings, record.Settings);
        }

        foreach (var part in record.ContentTypePartDefinitionRecords)
        {
            var existing = type.ContentTypePartDefinitionRecords.Find(p => p.Name == part.Name);
            if (existing is null)
            {
                type.ContentTypePartDefinitionRecords.Add(part);
            }
            else
            {
                existing.PartName = part.PartName;
                JsonPaths.Merge(existing.Settings, part.Settings);
            }
        }
    }

    private static void MergePart(ContentDefinitionDocument document, ContentPartDefinitionRecord record)
    {
        var part = document.ContentPartDefinitionRecords.Find(p => p.Name == record.Name);
        if (part is null)
        {
            part = new ContentPartDefinitionRecord { Name = record.Name };
            document.ContentPartDefinitionRecords.Add(part);
        }

        JsonPaths.Merge(part.Settings, record.Settings);
        foreach (var field in record.ContentPartFieldDefinitionRecords)
        {
            var existing = part.ContentPartFieldDefinitionRecords.Find(f => f.Name == field.Name);
            if (existing is null)
            {
                part.ContentPartFieldDefinitionRecords.Add(field);
            }
            else
            {
                existing.FieldName = field.FieldName;
                JsonPaths.Merge(existing.Settings, field.Settings);
            }
        }
    }
}
