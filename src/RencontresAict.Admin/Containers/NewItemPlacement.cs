using System.Security.Claims;
using System.Text.Json.Nodes;
using RencontresAict.Admin.Layers;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Containers;

/// <summary>
/// Where a new item goes when its editor was opened from a list (« Nouvel article »: its <c>ContainedPart</c> names
/// the list) or from a zone of the layers page (its <c>LayerMetadata</c>: zone, layer, last place). Each is checked
/// again when the item is saved: the list must allow the type and be editable by the user, the layer must exist, the
/// type must be a widget and the user may manage layers.
/// </summary>
public sealed class NewItemPlacement(ContentManager contents, ContentDefinitionManager definitions, LayerWidgets widgets, PermissionService permissions)
{
    /// <summary>What to set on the new item (null: nothing), or the French reason it cannot be placed so.</summary>
    public async Task<(Action<ContentItem>? Apply, string? Refusal)> ResolveAsync(
        string type, string? list, string? zone, string? layer, ClaimsPrincipal user)
    {
        if (!string.IsNullOrEmpty(list))
        {
            var container = await contents.GetAsync(list, VersionOptions.Latest);
            var settings = container is null ? null
                : (await definitions.GetTypeDefinitionAsync(container.ContentType))?.ContentTypePartDefinitionRecords.Find(p => p.PartName == "ListPart")?.Settings;
            var allowed = (JsonPaths.Get(settings, "ListPartSettings", "ContainedContentTypes") as JsonArray)?.Any(t => t?.ToString() == type) == true;
            if (container is null || !allowed || !await permissions.IsAllowedAsync(user, Permissions.EditContent, container))
            {
                return (null, "Cette liste n'existe plus ou n'accepte pas ce type de contenu.");
            }

            return (item => item.Content["ContainedPart"] = new JsonObject { ["ListContentItemId"] = list, ["Order"] = 0 }, null);
        }

        if (string.IsNullOrEmpty(zone) && string.IsNullOrEmpty(layer))
        {
            return (null, null);
        }

        var isWidget = JsonPaths.GetString((await definitions.GetTypeDefinitionAsync(type))?.Settings, "ContentTypeSettings", "Stereotype") == "Widget";
        if (!isWidget || zone is not { Length: > 0 and <= 100 } || layer is null || (await widgets.LayersAsync())[layer] is null
            || !await permissions.IsAllowedAsync(user, Permissions.ManageLayers))
        {
            return (null, "Ce widget ne peut pas être placé là : la couche n'existe plus, la zone est vide ou ce type n'est pas un widget.");
        }

        var position = await widgets.NextPositionAsync(zone);
        return (item => item.Content["LayerMetadata"] = new JsonObject
        {
            ["RenderTitle"] = false, ["Position"] = JsonValue.Create(position), ["Zone"] = zone, ["Layer"] = layer,
        }, null);
    }
}
