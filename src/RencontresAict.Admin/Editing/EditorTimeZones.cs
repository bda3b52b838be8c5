using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Editing;

/// <summary>
/// The time zone an item's dates are entered in: the first a module gives for it (<see cref="IContentTimeZoneSource"/>),
/// else the site's (Europe/Paris).
/// </summary>
public sealed class EditorTimeZones(IEnumerable<IContentTimeZoneSource> sources, SiteSettingsService settings)
{
    public async Task<TimeZoneInfo> ForAsync(ContentItem item)
    {
        foreach (var source in sources)
        {
            if (await source.FindAsync(item) is { } zone)
            {
                return zone;
            }
        }

        return await settings.GetTimeZoneAsync();
    }
}
