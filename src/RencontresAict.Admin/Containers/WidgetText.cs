using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Containers;

/// <summary>What a list of widgets shows for one: its title, else the start of its first text (HTML tags removed).</summary>
public static partial class WidgetText
{
    private const int Length = 80;

    public static string Of(ContentItem widget, string typeName)
    {
        if (!string.IsNullOrWhiteSpace(widget.DisplayText))
        {
            return widget.DisplayText;
        }

        var text = widget.Content.Where(p => p.Key is not ("FlowMetadata" or "LayerMetadata")).Select(p => FirstText(p.Value)).FirstOrDefault(t => t is not null);
        if (text is null)
        {
            return typeName;
        }

        var plain = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(text, " ")), " ").Trim();
        return plain.Length == 0 ? typeName : plain.Length <= Length ? plain : plain[..Length] + "…";
    }

    private static string? FirstText(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) && text.Trim().Length > 0 => text,
        JsonObject obj => obj.Select(p => FirstText(p.Value)).FirstOrDefault(t => t is not null),
        _ => null,
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
