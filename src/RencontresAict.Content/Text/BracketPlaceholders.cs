using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RencontresAict.Content.Text;

/// <summary>
/// Text left for staff to fill in, written in square brackets: « [Nom et adresse du responsable du traitement] ». A
/// placeholder starts with a capital letter and is at least a few words long, so « [1] » or a link's « [PDF] » is not
/// one. The public site never shows them (<see cref="Hide"/>); the admin warns when a page holding one is published.
/// </summary>
public static partial class BracketPlaceholders
{
    /// <summary>The placeholders of a text or of HTML (tags are never inside one), in order.</summary>
    public static IReadOnlyList<string> Find(string? text) =>
        string.IsNullOrEmpty(text) ? [] : Placeholder().Matches(text).Select(m => m.Value).ToList();

    /// <summary>The placeholders of every text value of a JSON document (a content item's parts and fields).</summary>
    public static IReadOnlyList<string> FindIn(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => FindIn(p.Value)).ToList(),
        JsonArray a => a.SelectMany(FindIn).ToList(),
        JsonValue v when v.TryGetValue<string>(out var text) => Find(text),
        _ => [],
    };

    /// <summary>The HTML with every placeholder replaced by <paramref name="replacement"/> (already HTML).</summary>
    public static string Hide(string html, string replacement) =>
        string.IsNullOrEmpty(html) ? html : Placeholder().Replace(html, replacement);

    [GeneratedRegex(@"\[(?=\p{Lu})[^\[\]<>\r\n]{12,400}\]")]
    private static partial Regex Placeholder();
}
