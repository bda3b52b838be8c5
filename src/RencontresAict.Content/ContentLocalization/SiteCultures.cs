using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.ContentLocalization;

/// <summary>
/// The cultures the site serves, from Orchard's site setting <c>LocalizationSettings</c>
/// (<c>{"DefaultCulture": "fr-FR", "SupportedCultures": ["fr-FR", "en"]}</c>); without it, French only.
/// </summary>
public sealed record SiteCultures(string DefaultCulture, IReadOnlyList<string> SupportedCultures)
{
    public const string SettingsName = "LocalizationSettings";

    public static SiteCultures FrenchOnly { get; } = new("fr-FR", ["fr-FR"]);

    public bool Serves(string? culture) =>
        culture is not null && SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public bool IsDefault(string? culture) =>
        culture is null || string.Equals(culture, DefaultCulture, StringComparison.OrdinalIgnoreCase);

    public static async Task<SiteCultures> ReadAsync(SiteSettingsService settings)
    {
        var properties = (await settings.GetAsync()).Properties;
        var defaultCulture = JsonPaths.GetString(properties, SettingsName, "DefaultCulture");
        if (string.IsNullOrWhiteSpace(defaultCulture))
        {
            return FrenchOnly;
        }

        var supported = (properties[SettingsName]?[nameof(SupportedCultures)] as JsonArray ?? [])
            .Select(c => c?.GetValue<string>())
            .OfType<string>()
            .Where(c => c.Length > 0)
            .Prepend(defaultCulture)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SiteCultures(defaultCulture, supported);
    }
}
