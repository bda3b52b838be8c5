using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Web.Display;

/// <summary>
/// The item the site's <c>HomeRoute</c> names (set by Orchard's Settings step:
/// <c>{"Area":"OrchardCore.Contents","Controller":"Item","Action":"Display","ContentItemId":"…"}</c>), when it is published.
/// </summary>
public sealed class HomeRouteReader(SiteSettingsService settings, ContentManager content)
{
    public async Task<ContentItem?> ReadAsync() =>
        JsonPaths.GetString((await settings.GetAsync()).HomeRoute, "ContentItemId") is { Length: > 0 } id ? await content.GetAsync(id) : null;
}
