using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Taxonomies;

namespace RencontresAict.Web.Display;

/// <summary>
/// Finds the published item whose AutoroutePart path is the requested path (AutoroutePartIndex, Published rows).
/// A path that tries to climb (<c>..</c>), carries an encoded character or a backslash is never looked up. Items routed
/// inside their container (a taxonomy's terms, <see cref="ContainedItemRoutes"/>) are found next.
/// </summary>
public sealed class ContentRouteResolver(ContentItemStore store, ContainedItemRoutes contained)
{
    public async Task<ContentItem?> ResolveAsync(string? path)
    {
        if (!IsPlausiblePath(path))
        {
            return null;
        }

        var id = await store.Session.QueryFirstOrDefaultAsync<long?>(
            "SELECT DocumentId FROM AutoroutePartIndex WHERE Path = @path AND Published = 1", new { path = path!.Trim('/') });
        return id is null ? await contained.ResolveAsync(path!) : await store.LoadAsync(id.Value);
    }

    public static bool IsPlausiblePath(string? path) =>
        !string.IsNullOrWhiteSpace(path)
        && path.Length <= 1024
        && !path.Contains("..", StringComparison.Ordinal)
        && !path.Contains("//", StringComparison.Ordinal)
        && path.IndexOfAny(['%', '\\', ':', '\0']) < 0;
}
