using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Flows;

/// <summary>
/// The children of Orchard's container parts, each through its own template, in their stored order:
/// <c>FlowPart {Widgets}</c> as widgets, with the classes of their <c>FlowMetadata {Alignment, Size}</c>
/// (<c>widget-align-left|center|right|justify</c>, <c>widget-size-25…100</c>), and <c>BagPart {ContentItems}</c> through
/// <c>Content-{Type}</c> in the display type of <c>BagPartSettings.DisplayType</c> (Detail by default).
/// </summary>
public static class ContainedItemsDisplay
{
    private static readonly string[] _alignments = ["left", "center", "right", "justify"];

    public static bool IsContainer(string partType) => partType is "FlowPart" or "BagPart";

    /// <summary>Each child as <c>{Html, Classes, ContentItem}</c>.</summary>
    public static async Task<List<Dictionary<string, object?>>> RenderAsync(
        ContentDisplayManager display, ContentItem container, ContentTypePartDefinitionRecord typePart, IReadOnlyDictionary<string, object?>? globals)
    {
        var isFlow = typePart.PartName == "FlowPart";
        var part = container.GetPart(typePart.Name);
        var children = JsonPaths.Get(part, isFlow ? "Widgets" : "ContentItems") as JsonArray ?? [];
        var displayType = JsonPaths.GetString(typePart.Settings, "BagPartSettings", "DisplayType") is { Length: > 0 } set ? set : TemplateAlternates.Detail;
        var rendered = new List<Dictionary<string, object?>>();
        foreach (var child in children.OfType<JsonObject>().Select(ToItem).OfType<ContentItem>())
        {
            var classes = isFlow ? FlowClasses(child) : [];
            var html = isFlow
                ? await display.RenderWidgetAsync(child, container, classes, globals)
                : await display.RenderContentAsync(child, displayType, new Dictionary<string, object?> { ["Container"] = container }, globals) ?? "";
            rendered.Add(new Dictionary<string, object?>
            {
                ["Html"] = html, ["Classes"] = string.Join(' ', classes), ["ContentItem"] = child,
            });
        }

        return rendered;
    }

    /// <summary>A nested item as stored in its container's JSON (a flow widget, a bag item).</summary>
    public static ContentItem? ToItem(JsonNode? node) =>
        node is JsonObject { Count: > 0 } json && json["ContentType"] is not null ? json.Deserialize<ContentItem>(ContentJson.Options) : null;

    /// <summary>Orchard's classes of a flow widget: its type, then its alignment (Justify by default) and its size (100 by default).</summary>
    public static List<string> FlowClasses(ContentItem widget)
    {
        var metadata = widget.GetPart("FlowMetadata");
        var alignment = JsonPaths.GetDecimal(metadata, "Alignment") is { } a && a is >= 0 and <= 3 ? (int)a
            : Array.IndexOf(_alignments, JsonPaths.GetString(metadata, "Alignment")?.ToLowerInvariant()) is var i and >= 0 ? i : 3;
        var size = JsonPaths.GetDecimal(metadata, "Size") is { } s && s is > 0 and <= 100 ? (int)s : 100;
        return ["widget", $"widget-{widget.ContentType.ToLowerInvariant()}", $"widget-align-{_alignments[alignment]}",
            $"widget-size-{size.ToString(CultureInfo.InvariantCulture)}"];
    }
}
