using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Recipes.Steps;

namespace RencontresAict.Content.Layers;

/// <summary>
/// The zones a layout shows (<c>Zones.Footer</c>): every published widget (a type of stereotype Widget) with
/// <c>LayerMetadata {Layer, Zone, Position}</c> whose layer's rule holds for the request path, in Position order,
/// each rendered as a widget (<c>Widget-{Type}</c>, <c>Content-{Type}.Widget</c> or <c>Content.Widget</c>). A widget whose layer is not stored
/// is not shown.
/// </summary>
public sealed class LayerZoneRenderer(DocumentSession session, ContentItemStore store, ContentDefinitionManager definitions, ContentDisplayManager display)
{
    public async Task<Dictionary<string, object?>> RenderAsync(string path, IReadOnlyDictionary<string, object?> globals)
    {
        var zones = new Dictionary<string, object?>(StringComparer.Ordinal);
        var layers = await KeyedStepDocument.LoadAsync(session, LayersStepHandler.DocumentType);
        if (layers.Count == 0)
        {
            return zones;
        }

        var widgetTypes = (await definitions.ListTypeDefinitionsAsync())
            .Where(t => JsonPaths.GetString(t.Settings, "ContentTypeSettings", "Stereotype") == "Widget").Select(t => t.Name).ToList();
        var widgets = new List<(string Zone, decimal Position, ContentItem Item)>();
        foreach (var type in widgetTypes)
        {
            var ids = await session.QueryAsync<long>("SELECT DocumentId FROM ContentItemIndex WHERE ContentType = @type AND Published = 1", new { type });
            foreach (var item in await store.LoadManyAsync(ids))
            {
                var metadata = item.GetPart("LayerMetadata");
                if (JsonPaths.GetString(metadata, "Zone") is { Length: > 0 } zone
                    && JsonPaths.GetString(metadata, "Layer") is { } layer
                    && layers[layer] is JsonObject rule && LayerRule.Matches(rule, path))
                {
                    widgets.Add((zone, JsonPaths.GetDecimal(metadata, "Position") ?? 0, item));
                }
            }
        }

        foreach (var (zone, _, item) in widgets.OrderBy(w => w.Position))
        {
            var html = await display.RenderWidgetAsync(item, null, ["widget", $"widget-{item.ContentType.ToLowerInvariant()}"], globals);
            zones[zone] = (zones.GetValueOrDefault(zone) as string) + html;
        }

        return zones;
    }
}
