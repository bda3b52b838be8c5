namespace RencontresAict.Api.Queries;

/// <summary>
/// What a filter or an order reads: a column of ContentItemIndex (<see cref="Part"/> null) or a typed column
/// (Text, Number, Date, Bool) of the ContentFieldIndex rows of one field.
/// </summary>
public sealed record ContentQueryTarget(string? Part, string Name, string Column)
{
    /// <summary>ContentItemIndex columns that may be filtered and sorted on.</summary>
    public static IReadOnlySet<string> ItemColumns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ContentItemId", "DisplayText", "CreatedUtc", "ModifiedUtc", "PublishedUtc", "Owner", "Author",
    };

    public static ContentQueryTarget Item(string column) =>
        ItemColumns.Contains(column) ? new(null, column, column) : throw new ArgumentException($"'{column}' is not a queryable item column.", nameof(column));

    public bool IsDate => Column is "Date" or "CreatedUtc" or "ModifiedUtc" or "PublishedUtc";

    /// <summary>The ContentFieldIndex column of a field type, or null when the field type is not indexed.</summary>
    public static string? ColumnOf(string fieldType) => fieldType switch
    {
        "TextField" or "TimeField" or "LinkField" or "ContentPickerField" or "TaxonomyField" or "MultiTextField" => "Text",
        "NumericField" => "Number",
        "DateTimeField" or "DateField" => "Date",
        "BooleanField" => "Bool",
        _ => null,
    };
}
