using System.Globalization;
using System.Security.Claims;
using Dapper;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Editing;

/// <summary>
/// What the admin's content search (the pickers' search box) may show a user, as Orchard's EditContent and
/// EditOwnContent say: the latest version of the items they may edit (every item of a type with EditContent, their own
/// with EditOwnContent) and the published version of the others they may view — never someone else's draft, never an
/// item of a type they may not see (a type holding personal data, without its permission).
/// </summary>
public sealed class ContentSearchQuery(DocumentSession session, ContentDefinitionManager definitions, PermissionService permissions)
{
    public const int Limit = 50;

    /// <summary>
    /// Matching items by title (at most <paramref name="limit"/>, all when null), or null when one of
    /// <paramref name="types"/> is a type the user may not see.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string Type, string Text)>?> RunAsync(
        ClaimsPrincipal user, IReadOnlyList<string> types, string? q, int? limit = Limit)
    {
        var names = (await definitions.ListTypeDefinitionsAsync()).Select(t => t.Name).Where(n => types.Count == 0 || types.Contains(n)).ToList();
        List<string> editAll = [], editOwn = [], view = [];
        foreach (var type in names)
        {
            var all = await permissions.IsAllowedForTypeAsync(user, Permissions.EditContent, type, asOwner: false);
            var own = !all && await permissions.IsAllowedForTypeAsync(user, Permissions.EditContent, type, asOwner: true);
            var sees = await permissions.IsAllowedForTypeAsync(user, Permissions.ViewContent, type, asOwner: false);
            if (types.Count > 0 && !all && !own && !sees)
            {
                return null;
            }

            if (all)
            {
                editAll.Add(type);
            }
            else if (own)
            {
                editOwn.Add(type);
            }

            if (sees)
            {
                view.Add(type);
            }
        }

        // Parameters are spelled out, as DocumentSession does: portable to SQLite and PostgreSQL. Owner is NULL on imported
        // items: COALESCE keeps "NOT editable" true for them (NOT NULL would drop the row).
        var parameters = new DynamicParameters(new { like = "%" + (q ?? "").Trim().Replace("%", "", StringComparison.Ordinal).ToLowerInvariant() + "%" });
        var me = PermissionService.UserIdOf(user);
        parameters.Add("me", me);
        var editable = $"(ContentType IN {List(editAll, "a", parameters)} OR (ContentType IN {List(me is null ? [] : editOwn, "o", parameters)} AND COALESCE(Owner, '') = @me))";
        var rows = await session.QueryAsync<(string ContentItemId, string ContentType, string? DisplayText)>(
            $"""
            SELECT ContentItemId, ContentType, DisplayText FROM ContentItemIndex
            WHERE {(string.IsNullOrWhiteSpace(q) ? "1 = 1" : "LOWER(DisplayText) LIKE @like")}
                AND ((Latest = 1 AND {editable}) OR (Published = 1 AND ContentType IN {List(view, "v", parameters)} AND NOT {editable}))
            ORDER BY DisplayText{(limit is { } most ? " LIMIT " + most.ToString(CultureInfo.InvariantCulture) : "")}
            """, parameters);
        return rows.Select(r => (r.ContentItemId, r.ContentType, r.DisplayText ?? r.ContentItemId)).ToList();
    }

    /// <summary>"(@a0, @a1)" with its parameters added, or a list no type is in ("('')") when empty.</summary>
    private static string List(List<string> values, string prefix, DynamicParameters parameters)
    {
        for (var i = 0; i < values.Count; i++)
        {
            parameters.Add(prefix + i, values[i]);
        }

        return values.Count == 0 ? "('')" : "(" + string.Join(", ", values.Select((_, i) => "@" + prefix + i)) + ")";
    }
}
