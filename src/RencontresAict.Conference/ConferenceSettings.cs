using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Conference;

/// <summary>
/// The conference's reading of the site settings, written once: which edition the public site shows, and the time zone
/// an edition's dates are in (its <c>Edition.TimeZone</c> when that names a known zone, else the site's, Europe/Paris).
/// </summary>
public static class ConferenceSettings
{
    /// <summary>The content item id of the edition the public site shows (RencontresSettings.CurrentEditionContentItemId).</summary>
    public static async Task<string?> GetCurrentEditionIdAsync(this SiteSettingsService settings) =>
        JsonPaths.GetString((await settings.GetAsync()).Properties, "RencontresSettings", "CurrentEditionContentItemId");

    /// <summary>The zone an edition's instants are entered and shown in; without an edition, the site's.</summary>
    public static async Task<TimeZoneInfo> GetEditionTimeZoneAsync(this SiteSettingsService settings, ContentItem? edition) =>
        edition?.GetText("Edition", "TimeZone", "Text") is { } id && !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
            ? zone
            : await settings.GetTimeZoneAsync();
}
