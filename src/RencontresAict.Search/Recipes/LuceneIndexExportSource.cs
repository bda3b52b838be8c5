using System.Text.Json;
using System.Text.Json.Nodes;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Search.Services;

namespace RencontresAict.Search.Recipes;

/// <summary>
/// The export's <c>lucene-index</c> step, as Orchard 2.x's LuceneIndexStep reads it: <c>Indices</c> is an array of
/// <c>{ "IndexName": {AnalyzerName, IndexLatest, IndexedContentTypes, Culture, StoreSourceData} }</c>, one per index
/// the site defines (none: no step). The target site builds each index from the imported content.
/// </summary>
internal sealed class LuceneIndexExportSource(LuceneIndexSettingsService indexes) : IRecipeExportSource
{
    public async Task<IReadOnlyList<JsonObject>> GetStepsAsync()
    {
        var all = await indexes.ListAsync();
        if (all.Count == 0)
        {
            return [];
        }

        var indices = new JsonArray();
        foreach (var index in all.OrderBy(i => i.IndexName, StringComparer.Ordinal))
        {
            var settings = (JsonObject)JsonSerializer.SerializeToNode(index, ContentJson.Options)!;
            settings.Remove(nameof(index.IndexName));
            indices.Add(new JsonObject { [index.IndexName] = settings });
        }

        return [new JsonObject { ["name"] = "lucene-index", ["Indices"] = indices }];
    }
}
