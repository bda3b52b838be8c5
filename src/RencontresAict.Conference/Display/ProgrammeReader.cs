using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>
/// The programme of an edition by day and time slot. Sessions are found and ordered through ContentFieldIndex
/// (Session.Edition, Session.StartsAt), so only the edition's published sessions are loaded; an English visitor sees each session's English item when published.
/// </summary>
public sealed class ProgrammeReader(ContentItemStore store, SessionReader sessions, LocalizedContentQuery localized)
{
    public async Task<IReadOnlyList<ProgrammeDayModel>> ReadAsync(string editionId, TimeZoneInfo zone)
    {
        var ids = await store.Session.QueryAsync<long>(
            """
            SELECT e.DocumentId FROM ContentFieldIndex e
            LEFT JOIN ContentFieldIndex s ON s.DocumentId = e.DocumentId AND s.ContentPart = 'Session' AND s.ContentField = 'StartsAt'
            WHERE e.ContentType = 'Session' AND e.ContentPart = 'Session' AND e.ContentField = 'Edition'
              AND e.Text = @editionId AND e.Published = 1
            ORDER BY s.Date, e.DocumentId
            """,
            new { editionId });
        var models = new List<SessionModel>();
        foreach (var item in await localized.ForCurrentCultureAsync(await store.LoadManyAsync(ids)))
        {
            models.Add(await sessions.ReadAsync(item, zone));
        }

        return models.Where(m => m.Start is not null)
            .GroupBy(m => m.Start!.Value.Date)
            .Select(day => new ProgrammeDayModel(
                day.First().DayHeading!,
                day.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                day.GroupBy(m => (m.Start, m.End))
                    .Select(slot => new ProgrammeSlotModel(
                        slot.First().StartText!, slot.First().EndText, slot.First().StartIso!, slot.First().EndIso, slot.ToList()))
                    .ToList()))
            .ToList();
    }
}
