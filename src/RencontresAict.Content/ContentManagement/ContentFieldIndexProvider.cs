using System.Data;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.ContentManagement;

/// <summary>
/// One ContentFieldIndex row per field value of a live or latest version, typed by the field's definition:
/// texts, numbers, dates, booleans, picked ids, taxonomy terms and list membership become queryable. A type whose
/// settings say <c>"ContentFieldIndexSettings": { "Excluded": true }</c> gets no rows: its own index serves its queries
/// (a type holding personal data kept out of the general field index, and about twenty fewer rows per item,
/// each in a different page of the Text and Date indexes).
/// </summary>
public sealed class ContentFieldIndexProvider : IContentIndexProvider
{
    /// <summary>Six parameters a row: far below SQLite's and PostgreSQL's limits on parameters per statement.</summary>
    private const int RowsPerStatement = 100;

    public Task DeleteAsync(DocumentSession session, long documentId) =>
        session.ExecuteAsync("DELETE FROM ContentFieldIndex WHERE DocumentId = @documentId", new { documentId });

    public async Task IndexAsync(DocumentSession session, ContentItem item, ContentTypeDefinitionRecord? type, ContentDefinitionDocument definitions)
    {
        if (type is null || (!item.Latest && !item.Published) || IsExcluded(type))
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

        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            await InsertAsync(session, item, rows.GetRange(start, Math.Min(RowsPerStatement, rows.Count - start)));
        }
    }

    /// <summary>
    /// Writes rows in one multi-row INSERT (a registration has about twenty): one statement to prepare and run
    /// instead of one per field. The item's columns are bound once; each row binds its own six.
    /// </summary>
    private static Task<int> InsertAsync(DocumentSession session, ContentItem item, List<FieldIndexRow> rows)
    {
        var parameters = new DynamicParameters(new
        {
            DocumentId = item.Id, item.ContentItemId, item.ContentType, Latest = item.Latest ? 1 : 0, Published = item.Published ? 1 : 0,
        });
        var values = new StringBuilder();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            parameters.Add("p" + i, row.ContentPart);
            parameters.Add("f" + i, row.ContentField);
            parameters.Add("t" + i, row.Text, DbType.String); // typed, so that a null binds on PostgreSQL too
            parameters.Add("n" + i, row.Number, DbType.Double);
            parameters.Add("d" + i, row.Date, DbType.String);
            parameters.Add("b" + i, row.Bool, DbType.Int32);
            values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture,
                $"(@DocumentId, @ContentItemId, @ContentType, @p{i}, @f{i}, @Latest, @Published, @t{i}, @n{i}, @d{i}, @b{i})");
        }

        return session.ExecuteAsync(
            "INSERT INTO ContentFieldIndex (DocumentId, ContentItemId, ContentType, ContentPart, ContentField, Latest, Published, Text, Number, Date, Bool) VALUES "
            + values, parameters);
    }

    private static bool IsExcluded(ContentTypeDefinitionRecord type) =>
        JsonPaths.GetBoolean(type.Settings, "ContentFieldIndexSettings", "Excluded") == true;

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
