using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Admin.Editing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Flows;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Admin.Containers;

/// <summary>
/// Adds, changes, moves and removes the widgets of an item's FlowPart (Orchard's JSON: <c>FlowPart.Widgets</c>, each a
/// whole content item with its <c>FlowMetadata</c>), each change saved into the item's draft through
/// <see cref="ContentEditingService"/> (so a change made from an outdated page writes nothing); the public page changes
/// when the item is published. A widget is edited with the same generated editor as any item of its type.
/// </summary>
public sealed class FlowWidgetEditing(ContentManager contents, ContentDefinitionManager definitions, ContentEditorBuilder editors, ContentEditingService editing)
{
    /// <summary>The name of the type's FlowPart (as the type names it), or null when it has none.</summary>
    public async Task<string?> FlowPartOfAsync(string contentType) =>
        (await definitions.GetTypeDefinitionAsync(contentType))?.ContentTypePartDefinitionRecords.Find(p => p.PartName == "FlowPart")?.Name;

    /// <summary>The types a flow may hold: its settings' ContainedContentTypes, else every Widget-stereotype type.</summary>
    public async Task<IReadOnlyList<ContentTypeDefinitionRecord>> WidgetTypesAsync(string contentType)
    {
        var type = await definitions.GetTypeDefinitionAsync(contentType);
        var allowed = (JsonPaths.Get(type?.ContentTypePartDefinitionRecords.Find(p => p.PartName == "FlowPart")?.Settings, "FlowPartSettings", "ContainedContentTypes") as JsonArray)
            ?.Select(t => t?.ToString()).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        return (await definitions.ListTypeDefinitionsAsync())
            .Where(t => allowed.Count > 0 ? allowed.Contains(t.Name) : JsonPaths.GetString(t.Settings, "ContentTypeSettings", "Stereotype") == "Widget")
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    public static IReadOnlyList<ContentItem> Widgets(ContentItem item, string flowPart) =>
        (JsonPaths.Get(item.GetPart(flowPart), "Widgets") as JsonArray ?? []).Select(ContainedItemsDisplay.ToItem).OfType<ContentItem>().ToList();

    /// <summary>A new widget of <paramref name="type"/>, full width, not yet in the flow.</summary>
    public async Task<ContentItem> NewWidgetAsync(string type)
    {
        var widget = await contents.NewAsync(type);
        widget.Content["FlowMetadata"] = new JsonObject { ["Alignment"] = 3, ["Size"] = 100 };
        return widget;
    }

    /// <summary>Reads the widget's editor into it and saves it into the flow (a new one at the end).</summary>
    public Task<EditResult> SaveWidgetAsync(ContentItem latest, string flowPart, ContentItem widget, EditorForm form, string? versionId, long stamp, ClaimsPrincipal user) =>
        editing.SaveAsync(latest, latest.ContentType, async item =>
        {
            var errors = await editors.ApplyAsync(widget, form);
            if (errors.Count > 0)
            {
                return errors;
            }

            widget.DisplayText = widget.GetText("TitlePart", "Title") ?? widget.DisplayText;
            var widgets = WidgetArray(item, flowPart);
            var index = IndexOf(widgets, widget.ContentItemId);
            var json = JsonSerializer.SerializeToNode(widget, ContentJson.Options);
            if (index < 0)
            {
                widgets.Add(json);
            }
            else
            {
                widgets[index] = json;
            }

            return [];
        }, versionId, stamp, user, publish: false);

    /// <summary>Moves a widget one place up (-1) or down (+1); at either end nothing moves.</summary>
    public Task<EditResult> MoveAsync(ContentItem latest, string flowPart, string widgetId, int by, string? versionId, long stamp, ClaimsPrincipal user) =>
        Change(latest, flowPart, widgetId, versionId, stamp, user, (widgets, index) =>
        {
            var widget = widgets[index];
            widgets.RemoveAt(index);
            widgets.Insert(Math.Clamp(index + by, 0, widgets.Count), widget);
        });

    public Task<EditResult> RemoveAsync(ContentItem latest, string flowPart, string widgetId, string? versionId, long stamp, ClaimsPrincipal user) =>
        Change(latest, flowPart, widgetId, versionId, stamp, user, (widgets, index) => widgets.RemoveAt(index));

    private Task<EditResult> Change(ContentItem latest, string flowPart, string widgetId, string? versionId, long stamp, ClaimsPrincipal user, Action<JsonArray, int> change) =>
        editing.SaveAsync(latest, latest.ContentType, item =>
        {
            var widgets = WidgetArray(item, flowPart);
            var index = IndexOf(widgets, widgetId);
            if (index < 0)
            {
                return Task.FromResult<IReadOnlyList<ContentValidationError>>([new ContentValidationError("", "Ce widget n'est plus dans la page : il a été retiré entre-temps.")]);
            }

            change(widgets, index);
            return Task.FromResult<IReadOnlyList<ContentValidationError>>([]);
        }, versionId, stamp, user, publish: false);

    private static JsonArray WidgetArray(ContentItem item, string flowPart)
    {
        var part = item.GetOrCreatePart(flowPart);
        if (part["Widgets"] is JsonArray widgets)
        {
            return widgets;
        }

        var created = new JsonArray();
        part["Widgets"] = created;
        return created;
    }

    private static int IndexOf(JsonArray widgets, string widgetId) =>
        widgets.Select((w, i) => (w, i)).FirstOrDefault(p => p.w is JsonObject o && JsonPaths.GetString(o, "ContentItemId") == widgetId, (null, -1)).Item2;
}
