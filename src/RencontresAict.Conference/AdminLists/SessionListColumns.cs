using RencontresAict.Admin.Editing;
using RencontresAict.Conference.Display;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Conference.AdminLists;

/// <summary>
/// The admin's list of sessions tells two « Points pays » apart: day, start–end, room and formats of the latest
/// version; the list filters by day and sorts by start (Session.StartsAt).
/// </summary>
public sealed class SessionListColumns(ContentManager contents, FormatCatalog formats) : IContentListColumns
{
    public string ContentType => "Session";

    public IReadOnlyList<string> Headers { get; } = ["Jour", "Horaire", "Salle", "Format"];

    public ContentListDateField? DateField { get; } = new("Session", "StartsAt", "Jour");

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CellsAsync(IReadOnlyList<ContentListRow> rows, TimeZoneInfo zone)
    {
        var cells = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            if (await contents.GetAsync(row.ContentItemId, VersionOptions.Latest) is not { } item)
            {
                continue;
            }

            var start = Local(FieldValues.Date(item, "Session", "StartsAt"), zone);
            var end = Local(FieldValues.Date(item, "Session", "EndsAt"), zone);
            var names = new List<string>();
            foreach (var id in FieldValues.Terms(item, "Session", "Format"))
            {
                names.Add((await formats.FindAsync(id))?.Name ?? id);
            }

            cells[row.ContentItemId] =
            [
                start is { } day ? SessionReader.Capitalize(FrenchDates.LongDate(day)) : "",
                start is { } s ? (end is { } e ? FrenchDates.TimeRange(s, e) : FrenchDates.Time(s)) : "",
                FieldValues.Text(item, "Session", "Room") ?? "",
                string.Join(", ", names),
            ];
        }

        return cells;
    }

    private static DateTimeOffset? Local(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } value ? FrenchDates.InZone(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)), zone) : null;
}
