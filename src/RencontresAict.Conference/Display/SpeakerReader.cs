using RencontresAict.Content.ContentManagement;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>Published speakers (Speaker: TitlePart, Speaker.Functions, Speaker.Organisation), by name.</summary>
public sealed class SpeakerReader(ContentManager content)
{
    public async Task<IReadOnlyList<SpeakerModel>> ListAsync()
    {
        var ids = await content.Store.Session.QueryAsync<long>(
            "SELECT DocumentId FROM ContentItemIndex WHERE ContentType = 'Speaker' AND Published = 1 ORDER BY DisplayText");
        return (await content.Store.LoadManyAsync(ids)).Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<SpeakerModel>> GetManyAsync(IEnumerable<string> contentItemIds)
    {
        var speakers = new List<SpeakerModel>();
        foreach (var id in contentItemIds)
        {
            if (await content.GetAsync(id) is { } item)
            {
                speakers.Add(ToModel(item));
            }
        }

        return speakers;
    }

    public static SpeakerModel ToModel(ContentItem item) => new(
        item,
        item.DisplayText ?? "",
        FieldValues.Values(item, "Speaker", "Functions"),
        FieldValues.Text(item, "Speaker", "Organisation"),
        FieldValues.Url(item));
}
