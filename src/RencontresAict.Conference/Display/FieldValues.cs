using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;
using RencontresAict.Conference.Display.Models;

namespace RencontresAict.Conference.Display;

/// <summary>Reads Orchard field values from an item's type-named part (<c>Edition.Theme.Text</c>, <c>Session.StartsAt.Value</c>).</summary>
public static class FieldValues
{
    public static string? Text(ContentItem item, string part, string field) =>
        NullIfBlank(JsonPaths.GetString(item.Content, part, field, "Text"));

    public static DateTime? Date(ContentItem item, string part, string field) =>
        JsonPaths.GetDateTime(item.Content, part, field, "Value");

    public static decimal? Number(ContentItem item, string part, string field) =>
        JsonPaths.GetDecimal(item.Content, part, field, "Value");

    public static bool Boolean(ContentItem item, string part, string field) =>
        JsonPaths.GetBoolean(item.Content, part, field, "Value") ?? false;

    public static IReadOnlyList<string> Picked(ContentItem item, string part, string field) =>
        JsonPaths.GetStrings(item.Content, part, field, "ContentItemIds");

    public static string? FirstPicked(ContentItem item, string part, string field) =>
        Picked(item, part, field) is [var first, ..] ? first : null;

    public static IReadOnlyList<string> Terms(ContentItem item, string part, string field) =>
        JsonPaths.GetStrings(item.Content, part, field, "TermContentItemIds");

    public static IReadOnlyList<string> Values(ContentItem item, string part, string field) =>
        JsonPaths.GetStrings(item.Content, part, field, "Values");

    public static LinkModel? Link(ContentItem item, string part, string field)
    {
        var url = NullIfBlank(JsonPaths.GetString(item.Content, part, field, "Url"));
        return url is null ? null : new LinkModel(url, NullIfBlank(JsonPaths.GetString(item.Content, part, field, "Text")) ?? url);
    }

    /// <summary>The first image of a MediaField (<c>Paths</c>, <c>MediaTexts</c>), or null when it holds none.</summary>
    public static MediaModel? Media(ContentItem item, string part, string field)
    {
        if (JsonPaths.GetStrings(item.Content, part, field, "Paths") is not [var path, ..] || string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var url = "/media/" + string.Join('/', path.Trim().TrimStart('/').Split('/').Select(Uri.EscapeDataString));
        var alt = JsonPaths.GetStrings(item.Content, part, field, "MediaTexts") is [var text, ..] ? text.Trim() : "";
        return new MediaModel(url, alt);
    }

    /// <summary>
    /// The item's public URL from its AutoroutePart path, or null when it has none. For an English visitor, a French item
    /// (no translation published) is linked under <c>/en/</c>, where it shows in French with a notice, so the visitor
    /// stays on the English site; English items' paths already start with <c>en/</c>.
    /// </summary>
    public static string? Url(ContentItem item) =>
        NullIfBlank(item.GetText("AutoroutePart", "Path")?.Trim('/')) is not { } path ? null
        : VisitorDates.IsEnglish && !path.StartsWith("en/", StringComparison.Ordinal) ? "/en/" + path
        : "/" + path;

    /// <summary>A multi-line text as its non-empty lines, for templates to show one per line.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
