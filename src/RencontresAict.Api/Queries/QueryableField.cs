using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.Queries;

/// <summary>A field of a content type that ContentFieldIndex holds, so that queries can filter and sort on it.</summary>
public sealed record QueryableField(string Part, string Field, string FieldType, string Column)
{
    public ContentQueryTarget Target => new(Part, Field, Column);

    /// <summary>One index row per item: safe to sort on. Pickers, taxonomies and multi-texts have one row per value.</summary>
    public bool IsSortable => FieldType is not ("ContentPickerField" or "TaxonomyField" or "MultiTextField");

    public static IReadOnlyList<QueryableField> Of(ContentTypeDefinitionRecord type, ContentDefinitionDocument definitions)
    {
        var fields = new List<QueryableField>();
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var part = definitions.ContentPartDefinitionRecords.Find(p => p.Name == typePart.PartName);
            foreach (var field in part?.ContentPartFieldDefinitionRecords ?? [])
            {
                if (ContentQueryTarget.ColumnOf(field.FieldName) is { } column)
                {
                    fields.Add(new(typePart.Name, field.Name, field.FieldName, column));
                }
            }
        }

        return fields;
    }
}
