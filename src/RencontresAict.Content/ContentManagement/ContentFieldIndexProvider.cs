using System.Text.Json.Nodes;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// One ContentFieldIndex row per field value of a live or latest version, typed by the field's definition:
/// texts, numbers, dates, booleans, picked ids, taxonomy terms and list membership become queryable.
/// </summary>
public sealed class ContentFieldIndexProvider : IContentIndexProvider
{
    public Task DeleteAsync(DocumentSession session, long documentId) =>
        session.ExecuteAsync("DELETE FROM ContentFieldIndex WHERE DocumentId = @documentId", new { documentId });

    public async Task IndexAsync(DocumentSession session, ContentItem item, ContentTypeDefinitionRecord? type, ContentDefinitionDocument definitions)
    {
        if (type is null || (!item.Latest && !item.Published))
        {
            return;
        }

        var rows = new List<FieldIndexRow>();
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var part = definitions.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName);
            foreach (var field in part?.ContentPartFieldDefinitionRecords ?? [])
            {
                var value = JsonPaths.Get(item.Content, typePart.Name, field.Name);
                rows.AddRange(RowsOf(typePart.Name, field, value));
            }
        }

        var contained = item.GetPart("ContainedPart");
        if (JsonPaths.GetString(contained, "ListContentItemId") is { } listId)
        {
            rows.Add(new("ContainedPart", "ListContentItemId") { Text = listId, Number = (double?)JsonPaths.GetDecimal(contained, "Order") });
        }

        foreach (var row in rows)
        {
            await session.ExecuteAsync(
                """
                INSERT INTO ContentFieldIndex (DocumentId, ContentItemId, ContentType, ContentPart, ContentField, Latest, Published, Text, Number, Date, Bool)
                VALUES (@DocumentId, @ContentItemId, @ContentType, @ContentPart, @ContentField, @Latest, @Published, @Text, @Number, @Date, @Bool)
                """,
                new
                {
                    DocumentId = item.Id, item.ContentItemId, item.ContentType, row.ContentPart, row.ContentField,
                    Latest = item.Latest ? 1 : 0, Published = item.Published ? 1 : 0,
                    row.Text, row.Number, row.Date, row.Bool,
                });
        }
    }

    private static IEnumerable<FieldIndexRow> RowsOf(string part, ContentPartFieldDefinitionRecord field, JsonNode? value)
    {
        FieldIndexRow Row() => new(part, field.Name);
        switch (field.FieldName)
        {
            case "TextField":
                yield return Row() with { Text = Truncate(JsonPaths.GetString(value, "Text")) };
                break;
            case "NumericField":
                yield return Row() with { Number = (double?)JsonPaths.GetDecimal(value, "Value") };
                break;
            case "BooleanField":
                yield return Row() with { Bool = JsonPaths.GetBoolean(value, "Value") is { } b ? (b ? 1 : 0) : null };
                break;
            case "DateTimeField" or "DateField":
                yield return Row() with { Date = ContentItemIndexProvider.Format(JsonPaths.GetDateTime(value, "Value")) };
                break;
            case "TimeField":
                yield return Row() with { Text = JsonPaths.GetString(value, "Value") };
                break;
            case "LinkField":
                yield return Row() with { Text = Truncate(JsonPaths.GetString(value, "Url")) };
                break;
            case "ContentPickerField":
                foreach (var id in JsonPaths.GetStrings(value, "ContentItemIds"))
                {
                    yield return Row() with { Text = id };
                }

                break;
            case "TaxonomyField":
                foreach (var id in JsonPaths.GetStrings(value, "TermContentItemIds"))
                {
                    yield return Row() with { Text = id };
                }

                break;
            case "MultiTextField":
                foreach (var text in JsonPaths.GetStrings(value, "Values"))
                {
                    yield return Row() with { Text = Truncate(text) };
                }

                break;
            default:
                break;
        }
    }

    private static string? Truncate(string? text) => text is { Length: > 768 } ? text[..768] : text;

    private sealed record FieldIndexRow(string ContentPart, string ContentField)
    {
        public string? Text { get; init; }

        public double? Number { get; init; }

        public string? Date { get; init; }

        public int? Bool { get; init; }
    }
}
