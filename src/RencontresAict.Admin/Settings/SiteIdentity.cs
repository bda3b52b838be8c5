using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Settings;

/// <summary>
/// How the site presents itself, a site setting (<c>Properties.SiteIdentity</c>, set by the Settings step or on the
/// admin's « Identité du site » page, <c>/admin/settings/identity</c>): a
/// <c>Description</c> for pages that have none of their own, a <c>Logo</c> and a <c>Favicon</c> given as MediaField
/// values (<c>{ "Paths": ["logo.png"], "MediaTexts": ["Rencontres de l'AICT"] }</c>), images staff upload to the media
/// library. Without a favicon the theme's own is used; without a logo the header shows the site's name alone.
/// </summary>
public sealed record SiteIdentity(string? Description, string? LogoUrl, string LogoAlt, string? FaviconUrl)
{
    public const string SettingsName = "SiteIdentity";

    public static async Task<SiteIdentity> ReadAsync(SiteSettingsService settings)
    {
        var section = (await settings.GetAsync()).Properties[SettingsName] as JsonObject;
        var description = JsonPaths.GetString(section, "Description");
        var (logo, logoAlt) = Media(section?["Logo"]);
        var (favicon, _) = Media(section?["Favicon"]);
        return new(string.IsNullOrWhiteSpace(description) ? null : description.Trim(), logo, logoAlt, favicon);
    }

    private static (string? Url, string Alt) Media(JsonNode? field)
    {
        var path = field is JsonValue ? field.ToString() : JsonPaths.GetStrings(field, "Paths") is [var first, ..] ? first : null;
        if (string.IsNullOrWhiteSpace(path))
        {
            return (null, "");
        }

        var url = "/media/" + string.Join('/', path.Trim().TrimStart('/').Split('/').Select(Uri.EscapeDataString));
        return (url, JsonPaths.GetStrings(field, "MediaTexts") is [var alt, ..] ? alt.Trim() : "");
    }
}
