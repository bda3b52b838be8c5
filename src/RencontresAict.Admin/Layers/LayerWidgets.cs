using System.Globalization;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Recipes.Steps;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Layers;

/// <summary>
/// The widgets placed in the layout's zones (items of a Widget-stereotype type with <c>LayerMetadata {Zone, Layer,
/// Position}</c>), the zones the layout offers (Header, Content, Footer and the site's <c>LayerSettings.Zones</c>), the
/// layers, and a widget's move within its zone: places are renumbered 10, 20, … in the published and latest versions,
/// in place, so moving never publishes a draft.
/// </summary>
public sealed class LayerWidgets(DocumentSession session, ContentManager contents, ContentDefinitionManager definitions, SiteSettingsService settings)
{
    public static IReadOnlyList<string> LayoutZones { get; } = ["Header", "Content", "Footer"];

    public async Task<IReadOnlyList<ContentTypeDefinitionRecord>> WidgetTypesAsync() =>
        (await definitions.ListTypeDefinitionsAsync())
            .Where(t => JsonPaths.GetString(t.Settings, "ContentTypeSettings", "Stereotype") == "Widget").OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).ToList();

    public Task<JsonObject> LayersAsync() => KeyedStepDocument.LoadAsync(session, LayersStepHandler.DocumentType);

    public async Task<IReadOnlyList<string>> ZonesAsync(IEnumerable<LayerWidget> placed)
    {
        var site = await settings.GetAsync();
        var configured = (JsonPaths.Get(site.Properties, "LayerSettings", "Zones") as JsonArray)?.Select(z => z?.ToString()).OfType<string>() ?? [];
        return LayoutZones.Concat(configured).Concat(placed.Select(w => w.Zone)).Where(z => z.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The placed widgets (latest versions), by zone then place.</summary>
    public async Task<IReadOnlyList<LayerWidget>> ListAsync()
    {
        var widgets = new List<LayerWidget>();
        foreach (var type in await WidgetTypesAsync())
        {
            var ids = await session.QueryAsync<long>("SELECT DocumentId FROM ContentItemIndex WHERE ContentType = @type AND Latest = 1", new { type = type.Name });
            foreach (var item in await contents.Store.LoadManyAsync(ids))
            {
                if (JsonPaths.GetString(item.GetPart("LayerMetadata"), "Zone") is { Length: > 0 } zone)
                {
                    var published = item.Published || await contents.GetAsync(item.ContentItemId) is not null;
                    widgets.Add(new LayerWidget(item, type.DisplayName.Length > 0 ? type.DisplayName : type.Name, zone, JsonPaths.GetString(item.GetPart("LayerMetadata"), "Layer") ?? "",
                        JsonPaths.GetDecimal(item.GetPart("LayerMetadata"), "Position") ?? 0, published));
                }
            }
        }

        return widgets.OrderBy(w => w.Zone, StringComparer.Ordinal).ThenBy(w => w.Position).ThenBy(w => w.Item.CreatedUtc).ToList();
    }

    /// <summary>
    /// Deletes the layer unless widgets (latest versions, as Orchard checks) still name it: null when there is no such
    /// layer, else the widgets that keep it (none: it is deleted, saved with the session).
    /// </summary>
    public async Task<IReadOnlyList<LayerWidget>?> DeleteLayerAsync(string name)
    {
        if ((await LayersAsync())[name] is null)
        {
            return null;
        }

        var users = (await ListAsync()).Where(w => string.Equals(w.Layer, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (users.Count == 0)
        {
            await KeyedStepDocument.RemoveAsync(session, LayersStepHandler.DocumentType, name);
            await session.SaveChangesAsync();
        }

        return users;
    }

    /// <summary>The place after the last widget of the zone.</summary>
    public async Task<decimal> NextPositionAsync(string zone) =>
        (await ListAsync()).Where(w => w.Zone == zone).Select(w => w.Position).DefaultIfEmpty(0).Max() + 10;

    /// <summary>Moves the widget one place up (-1) or down (+1) in its zone; false when it is not placed.</summary>
    public async Task<bool> MoveAsync(string contentItemId, int by)
    {
        var all = await ListAsync();
        if (all.FirstOrDefault(w => w.Item.ContentItemId == contentItemId) is not { } moved)
        {
            return false;
        }

        var zone = all.Where(w => w.Zone == moved.Zone).ToList();
        var index = zone.IndexOf(moved);
        var target = Math.Clamp(index + by, 0, zone.Count - 1);
        zone.RemoveAt(index);
        zone.Insert(target, moved);
        for (var i = 0; i < zone.Count; i++)
        {
            await PlaceAsync(zone[i].Item.ContentItemId, (i + 1) * 10);
        }

        await session.SaveChangesAsync();
        return true;
    }

    private async Task PlaceAsync(string contentItemId, decimal position)
    {
        foreach (var version in (await contents.GetAllVersionsAsync(contentItemId)).Where(v => v.Latest || v.Published))
        {
            var metadata = version.GetOrCreatePart("LayerMetadata");
            if (JsonPaths.GetDecimal(metadata, "Position") != position)
            {
                metadata["Position"] = JsonValue.Create(position);
                await contents.UpdateAsync(version);
            }
        }
    }

    public static string Format(decimal position) => position.ToString("0.##", CultureInfo.InvariantCulture);
}
