namespace RencontresAict.Admin.Editing;

/// <summary>
/// Columns a module adds to one content type's admin list, so that items with the same title can be told apart
/// (when, where, how many): the admin shows the headers and cells it is given without knowing what they mean. With a
/// <see cref="DateField"/>, the list also filters by its day and sorts by it.
/// </summary>
public interface IContentListColumns
{
    string ContentType { get; }

    IReadOnlyList<string> Headers { get; }

    /// <summary>A date and time field of the type the list filters by day and sorts by, or null.</summary>
    ContentListDateField? DateField { get; }

    /// <summary>The cells of each row (one per header, in order), by content item id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CellsAsync(IReadOnlyList<ContentListRow> rows, TimeZoneInfo zone);
}
