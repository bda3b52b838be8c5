using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display.Editions;

/// <summary>
/// A speaker's published sessions (ContentFieldIndex on Session.Speakers) grouped by their edition, newest edition first:
/// a speaker of two editions has one page listing both. Sessions of an unpublished edition are left out.
/// </summary>
public sealed class SpeakerEditions(ContentManager content, EditionReader editions, SessionReader sessions, LocalizedContentQuery localized)
{
    public async Task<IReadOnlyList<SpeakerEditionModel>> ListAsync(string speakerId)
    {
        var ids = await content.Store.Session.QueryAsync<long>(
            """
            SELECT p.DocumentId FROM ContentFieldIndex p
            LEFT JOIN ContentFieldIndex s ON s.DocumentId = p.DocumentId AND s.ContentPart = 'Session' AND s.ContentField = 'StartsAt'
            WHERE p.ContentType = 'Session' AND p.ContentPart = 'Session' AND p.ContentField = 'Speakers'
              AND p.Text = @speakerId AND p.Published = 1
            ORDER BY s.Date, p.DocumentId
            """,
            new { speakerId });
        var groups = new List<SpeakerEditionModel>();
        foreach (var byEdition in (await localized.ForCurrentCultureAsync(await content.Store.LoadManyAsync(ids))).GroupBy(s => FieldValues.FirstPicked(s, "Session", "Edition")))
        {
            if (byEdition.Key is null || await content.GetAsync(byEdition.Key) is not { } item)
            {
                continue;
            }

            var edition = await editions.ReadAsync(await localized.ForCurrentCultureAsync(item));
            var zone = await editions.GetZoneAsync(item);
            var models = new List<SessionModel>();
            foreach (var session in byEdition)
            {
                models.Add(await sessions.ReadAsync(session, zone));
            }

            groups.Add(new SpeakerEditionModel(edition, models));
        }

        return groups.OrderByDescending(g => g.Edition.Start ?? DateTimeOffset.MinValue).ToList();
    }
}
