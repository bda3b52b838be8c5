using RencontresAict.Content.Documents;

namespace RencontresAict.Content.Settings;

/// <summary>Loads and saves the site settings document in the current session.</summary>
public sealed class SiteSettingsService(DocumentSession session)
{
    public const string DocumentType = "Site";

    private SiteSettings? _settings;

    public async Task<SiteSettings> GetAsync() =>
        _settings ??= await session.GetSingletonAsync<SiteSettings>(DocumentType) ?? new SiteSettings();

    public async Task SaveAsync(SiteSettings settings)
    {
        await session.SaveSingletonAsync(DocumentType, settings);
        _settings = settings;
    }

    /// <summary>The site's time zone (Europe/Paris unless the settings say otherwise).</summary>
    public async Task<TimeZoneInfo> GetTimeZoneAsync()
    {
        var id = (await GetAsync()).TimeZoneId;
        return TimeZoneInfo.TryFindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "Europe/Paris" : id, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    }
}
