using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Taxonomies;

/// <summary>
/// Routes of items that live inside another (the terms of a Taxonomy), as Orchard's AutoroutePart
/// <c>RouteContainedItems</c>: a contained item whose path is <c>earth</c> inside a container routed at <c>tags</c>
/// answers at <c>/tags/earth</c>. Contained items are found in <c>TaxonomyPart.Terms</c> and, for nested terms,
/// in each term's own <c>Terms</c>.
/// </summary>
public sealed class ContainedItemRoutes(ContentItemStore store)
{
    /// <summary>The contained item at that path, as a published item of its own, or null.</summary>
    public async Task<ContentItem?> ResolveAsync(string path)
    {
        var segments = path.Trim('/').Split('/');
        for (var length = segments.Length - 1; length > 0; length--)
        {
            var prefix = string.Join('/', segments[..length]);
            var id = await store.Session.QueryFirstOrDefaultAsync<long?>(
                "SELECT DocumentId FROM AutoroutePartIndex WHERE Path = @prefix AND Published = 1", new { prefix });
            if (id is null || await store.LoadAsync(id.Value) is not { } container
                || JsonPaths.GetBoolean(container.GetPart("AutoroutePart"), "RouteContainedItems") != true)
            {
                continue;
            }

            var rest = string.Join('/', segments[length..]);
            var found = ContainedOf(container).FirstOrDefault(c => PathOf(prefix, c) == prefix + "/" + rest);
            return found is null ? null : AsItem(found, container);
        }

        return null;
    }

    /// <summary>The public URL of a contained item (<c>/tags/earth</c>), or null when it has no path.</summary>
    public static string? UrlOf(ContentItem container, JsonObject contained) =>
        container.GetText("AutoroutePart", "Path") is { } prefix && PathOf(prefix.Trim('/'), contained) is { } path ? "/" + path : null;

    /// <summary>Every item contained in a taxonomy, depth first.</summary>
    public static IEnumerable<JsonObject> ContainedOf(ContentItem container) => Walk(container.GetPart("TaxonomyPart"));

    private static IEnumerable<JsonObject> Walk(JsonObject? parent)
    {
        foreach (var term in (parent?["Terms"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            yield return term;
            foreach (var child in Walk(term))
            {
                yield return child;
            }
        }
    }

    private static string? PathOf(string prefix, JsonObject contained) =>
        JsonPaths.GetString(contained, "AutoroutePart", "Path")?.Trim('/') is { Length: > 0 } own
            ? own.StartsWith(prefix + "/", StringComparison.Ordinal) ? own : prefix + "/" + own
            : null;

    private static ContentItem AsItem(JsonObject contained, ContentItem container)
    {
        var item = ContentItemJsonConverter.FromJson((JsonObject)contained.DeepClone());
        item.Published = item.Latest = true;
        item.DisplayText ??= JsonPaths.GetString(contained, "TitlePart", "Title");
        item.CreatedUtc ??= container.CreatedUtc;
        return item;
    }
}
