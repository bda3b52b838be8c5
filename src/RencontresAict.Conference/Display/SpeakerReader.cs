using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>
/// Published speakers (Speaker: TitlePart, Speaker.Functions, Speaker.Organisation, Speaker.Photo), by name. An edition's speakers are
/// those of its published sessions (Session.Speakers), those it lists itself (Edition.Speakers, for a speaker without a
/// session yet) and its editorial's signatory.
/// </summary>
public sealed class SpeakerReader(ContentManager content, LocalizedContentQuery localized)
{
    public async Task<IReadOnlyList<SpeakerModel>> ListAsync()
    {
        var ids = await content.Store.Session.QueryAsync<long>(
            "SELECT DocumentId FROM ContentItemIndex WHERE ContentType = 'Speaker' AND Published = 1 ORDER BY DisplayText");
        return (await localized.ForCurrentCultureAsync(await content.Store.LoadManyAsync(ids))).Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<SpeakerModel>> ListForEditionAsync(ContentItem edition, string editionId)
    {
        var fromSessions = await content.Store.Session.QueryAsync<string>(
            """
            SELECT DISTINCT p.Text FROM ContentFieldIndex e
            JOIN ContentFieldIndex p ON p.DocumentId = e.DocumentId AND p.ContentPart = 'Session' AND p.ContentField = 'Speakers'
            WHERE e.ContentType = 'Session' AND e.ContentPart = 'Session' AND e.ContentField = 'Edition'
              AND e.Text = @editionId AND e.Published = 1 AND p.Text IS NOT NULL
            """,
            new { editionId });
        var ids = fromSessions.Concat(FieldValues.Picked(edition, "Edition", "Speakers"))
            .Concat(FieldValues.Picked(edition, "Edition", "EditorialSignatory")).Distinct(StringComparer.Ordinal);
        return (await GetManyAsync(ids)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<SpeakerModel>> GetManyAsync(IEnumerable<string> contentItemIds)
    {
        var speakers = new List<SpeakerModel>();
        foreach (var id in contentItemIds)
        {
            if (await content.GetAsync(id) is { } item)
            {
                speakers.Add(ToModel(await localized.ForCurrentCultureAsync(item)));
            }
        }

        return speakers;
    }

    public static SpeakerModel ToModel(ContentItem item) => new(
        item,
        item.DisplayText ?? "",
        FieldValues.Values(item, "Speaker", "Functions"),
        FieldValues.Text(item, "Speaker", "Organisation"),
        FieldValues.Url(item),
        FieldValues.Media(item, "Speaker", "Photo"));
}
