using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;

namespace RencontresAict.Search.Searching;

/// <summary>
/// Titles of taxonomy terms by id. Orchard keeps terms inside their taxonomy item (TaxonomyPart.Terms, nested by
/// "Terms"), so the published taxonomies are read; ids not found there are looked up as content items.
/// </summary>
public sealed class TermTitleResolver(DocumentSession session, ContentItemStore items)
{
    public async Task<IReadOnlyDictionary<string, string>> GetTitlesAsync(IEnumerable<string> termIds)
    {
        var wanted = termIds.ToHashSet(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return titles;
        }

        var taxonomyIds = await session.QueryAsync<long>(
            "SELECT DocumentId FROM ContentItemIndex WHERE ContentType = 'Taxonomy' AND Published = 1 ORDER BY DocumentId");
        foreach (var taxonomy in await items.LoadManyAsync(taxonomyIds))
        {
            Collect(JsonPaths.Get(taxonomy.Content, "TaxonomyPart", "Terms") as JsonArray, wanted, titles);
        }

        var missing = wanted.Where(id => !titles.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            var rows = await session.QueryAsync<(string ContentItemId, string? DisplayText)>(
                "SELECT ContentItemId, DisplayText FROM ContentItemIndex WHERE Published = 1 AND ContentItemId IN @missing", new { missing });
            foreach (var (id, text) in rows)
            {
                titles[id] = text ?? id;
            }
        }

        return titles;
    }

    private static void Collect(JsonArray? terms, HashSet<string> wanted, Dictionary<string, string> titles)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            var id = JsonPaths.GetString(term, "ContentItemId");
            if (id is not null && wanted.Contains(id))
            {
                titles[id] = JsonPaths.GetString(term, "DisplayText") ?? JsonPaths.GetString(term, "TitlePart", "Title") ?? id;
            }

            Collect(term["Terms"] as JsonArray, wanted, titles);
        }
    }
}
