using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.Rest;

/// <summary>
/// Refuses over-long text in an item posted to the write API, before anything is stored. A field's limit is its
/// settings' <c>{FieldName}Settings.MaxLength</c> (a part's <c>{PartName}Settings.MaxLength</c> on the type), else
/// <c>Api:MaxTitleLength</c> for titles (TitlePart.Title, DisplayText) and <c>Api:MaxTextLength</c> for any other text.
/// </summary>
public static class ContentTextLimits
{
    public static IReadOnlyList<ContentValidationError> Check(ContentItem posted, ContentTypeDefinitionRecord type, ContentDefinitionDocument definitions, ApiOptions options)
    {
        var errors = new List<ContentValidationError>();
        Check(errors, "DisplayText", posted.DisplayText, options.MaxTitleLength);
        foreach (var (partKey, partNode) in posted.Content)
        {
            var typePart = type.ContentTypePartDefinitionRecords.Find(p => p.Name == partKey);
            var partDefinition = definitions.ContentPartDefinitionRecords.Find(p => p.Name == (typePart?.PartName ?? partKey));
            var partLimit = MaxLength(typePart?.Settings, typePart?.PartName)
                ?? (typePart?.PartName == "TitlePart" ? options.MaxTitleLength : options.MaxTextLength);
            if (partNode is not JsonObject part)
            {
                CheckStrings(errors, partKey, partNode, options.MaxTextLength);
                continue;
            }

            foreach (var (memberKey, member) in part)
            {
                var field = partDefinition?.ContentPartFieldDefinitionRecords.Find(f => f.Name == memberKey);
                var limit = field is null ? partLimit : MaxLength(field.Settings, field.FieldName) ?? options.MaxTextLength;
                CheckStrings(errors, $"{partKey}.{memberKey}", member, limit);
            }
        }

        return errors;
    }

    private static int? MaxLength(JsonObject? settings, string? kind) =>
        kind is null ? null : (int?)JsonPaths.GetDecimal(settings, kind + "Settings", "MaxLength");

    private static void CheckStrings(List<ContentValidationError> errors, string member, JsonNode? node, int limit)
    {
        switch (node)
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                Check(errors, member, value.GetValue<string>(), limit);
                break;
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    CheckStrings(errors, $"{member}.{key}", child, limit);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    CheckStrings(errors, member, child, limit);
                }

                break;
        }
    }

    private static void Check(List<ContentValidationError> errors, string member, string? text, int limit)
    {
        if (text is not null && text.Length > limit && !errors.Exists(e => e.Member == member))
        {
            errors.Add(new ContentValidationError(member, $"Ce texte dépasse la longueur maximale de {limit} caractères."));
        }
    }
}
