using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Handlers;

/// <summary>
/// Checks field values against their Orchard settings: <c>Required</c> on every field type that has it,
/// <c>Minimum</c>/<c>Maximum</c> on numeric fields, a required title (TitlePartSettings.Options = 3).
/// Messages are French: editors read them next to the fields.
/// </summary>
public sealed class ContentFieldValidationHandler(ContentDefinitionManager definitions) : ContentHandlerBase
{
    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        var all = await definitions.LoadAsync();
        var type = all.ContentTypeDefinitionRecords.Find(t => t.Name == item.ContentType);
        if (type is null)
        {
            return;
        }

        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            if (typePart.PartName == "TitlePart" && JsonPaths.GetDecimal(typePart.Settings, "TitlePartSettings", "Options") == 3
                && string.IsNullOrWhiteSpace(item.GetText("TitlePart", "Title")))
            {
                context.Fail("TitlePart.Title", "Le titre est obligatoire.");
            }

            var part = all.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName);
            foreach (var field in part?.ContentPartFieldDefinitionRecords ?? [])
            {
                Validate(context, typePart.Name, field, JsonPaths.Get(item.Content, typePart.Name, field.Name));
            }
        }
    }

    private static void Validate(ValidateContentContext context, string partName, ContentPartFieldDefinitionRecord field, JsonNode? value)
    {
        var settings = field.Settings[field.FieldName + "Settings"];
        var label = JsonPaths.GetString(field.Settings, "ContentPartFieldSettings", "DisplayName") ?? field.Name;
        var member = $"{partName}.{field.Name}";
        if (JsonPaths.GetBoolean(settings, "Required") == true && IsEmpty(field.FieldName, value))
        {
            context.Fail(member, $"Le champ « {label} » est obligatoire.");
        }

        if (field.FieldName == "NumericField" && JsonPaths.GetDecimal(value, "Value") is { } number)
        {
            if (JsonPaths.GetDecimal(settings, "Minimum") is { } min && number < min)
            {
                context.Fail(member, $"Le champ « {label} » doit valoir au moins {min}.");
            }

            if (JsonPaths.GetDecimal(settings, "Maximum") is { } max && number > max)
            {
                context.Fail(member, $"Le champ « {label} » doit valoir au plus {max}.");
            }
        }
    }

    private static bool IsEmpty(string fieldType, JsonNode? value) => fieldType switch
    {
        "TextField" => string.IsNullOrWhiteSpace(JsonPaths.GetString(value, "Text")),
        "HtmlField" => string.IsNullOrWhiteSpace(JsonPaths.GetString(value, "Html")),
        "MarkdownField" => string.IsNullOrWhiteSpace(JsonPaths.GetString(value, "Markdown")),
        "LinkField" => string.IsNullOrWhiteSpace(JsonPaths.GetString(value, "Url")),
        "ContentPickerField" => JsonPaths.GetStrings(value, "ContentItemIds").Count == 0,
        "TaxonomyField" => JsonPaths.GetStrings(value, "TermContentItemIds").Count == 0,
        "MediaField" => JsonPaths.GetStrings(value, "Paths").Count == 0,
        "MultiTextField" => JsonPaths.GetStrings(value, "Values").Count == 0,
        _ => JsonPaths.Get(value, "Value") is null,
    };
}
