using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Conference;

/// <summary>
/// For the admin's date fields: an edition's dates, and those of an item that picks an edition in a field named
/// Edition (a session), are in that edition's zone (<see cref="ConferenceSettings.GetEditionTimeZoneAsync"/>).
/// </summary>
public sealed class EditionTimeZoneSource(ContentManager contents, SiteSettingsService settings) : IContentTimeZoneSource
{
    public async Task<TimeZoneInfo?> FindAsync(ContentItem item)
    {
        var edition = item.ContentType == "Edition" ? item : await EditionOfAsync(item);
        return edition is null ? null : await settings.GetEditionTimeZoneAsync(edition);
    }

    private async Task<ContentItem?> EditionOfAsync(ContentItem item)
    {
        foreach (var (_, part) in item.Content)
        {
            if (JsonPaths.GetStrings(part, "Edition", "ContentItemIds") is [var editionId, ..])
            {
                return await contents.GetAsync(editionId, VersionOptions.Latest);
            }
        }

        return null;
    }
}
