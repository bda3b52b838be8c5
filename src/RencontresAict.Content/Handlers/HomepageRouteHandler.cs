using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Handlers;

/// <summary>
/// Orchard's "set as home page" (<c>AutoroutePart.SetHomepage</c>): publishing an item so marked makes the site's
/// <c>HomeRoute</c> name it, as the Settings step would (<c>{Area, Controller, Action, ContentItemId}</c>). Orchard's
/// agency recipe names its landing page this way.
/// </summary>
public sealed class HomepageRouteHandler(SiteSettingsService settings) : ContentHandlerBase
{
    public override async Task PublishedAsync(PublishContentContext context)
    {
        var item = context.ContentItem;
        if (JsonPaths.GetBoolean(item.GetPart("AutoroutePart"), "SetHomepage") != true)
        {
            return;
        }

        var site = await settings.GetAsync();
        if (JsonPaths.GetString(site.HomeRoute, "ContentItemId") == item.ContentItemId)
        {
            return;
        }

        site.HomeRoute = new JsonObject
        {
            ["Area"] = "OrchardCore.Contents", ["Controller"] = "Item", ["Action"] = "Display", ["ContentItemId"] = item.ContentItemId,
        };
        await settings.SaveAsync(site);
    }
}
