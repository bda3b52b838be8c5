using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Editing;

/// <summary>
/// The time zone an item's dates are entered in: its edition's (Edition.TimeZone, for an edition or an item that picks
/// one in a field named Edition), else the site's (Europe/Paris).
/// </summary>
public sealed class EditorTimeZones(ContentManager contents, SiteSettingsService settings)
{
    public async Task<TimeZoneInfo> ForAsync(ContentItem item)
    {
        var edition = item.ContentType == "Edition" ? item : await EditionOfAsync(item);
        var id = edition?.GetText("Edition", "TimeZone", "Text");
        return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : await settings.GetTimeZoneAsync();
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
