using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Localization;
using RencontresAict.Conference.Display;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.AdminLists;

/// <summary>The admin's list of speakers: their organisation and how many sessions (latest versions) name them.</summary>
public sealed class SpeakerListColumns(ContentManager contents, AdminLocalizer texts) : IContentListColumns
{
    public string ContentType => "Speaker";

    public IReadOnlyList<string> Headers { get; } = ["Organisation", "Sessions"];

    public ContentListDateField? DateField => null;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CellsAsync(IReadOnlyList<ContentListRow> rows, TimeZoneInfo zone)
    {
        var counts = (await contents.Store.Session.QueryAsync<(string Id, long Count)>(
            """
            SELECT Text, COUNT(DISTINCT ContentItemId) FROM ContentFieldIndex
            WHERE ContentPart = 'Session' AND ContentField = 'Speakers' AND Latest = 1 AND Text IS NOT NULL GROUP BY Text
            """)).ToDictionary(c => c.Id, c => c.Count);
        var cells = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            var item = await contents.GetAsync(row.ContentItemId, VersionOptions.Latest);
            var count = counts.GetValueOrDefault(row.ContentItemId);
            cells[row.ContentItemId] =
            [
                item is null ? "" : FieldValues.Text(item, "Speaker", "Organisation") ?? "",
                texts.Plural((int)count, "{0} session", "{0} sessions", "aucune session"),
            ];
        }

        return cells;
    }
}
