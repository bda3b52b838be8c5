using System.Text.Json.Nodes;

namespace RencontresAict.Search.Recipes;

/// <summary><c>{"name":"lucene-index-rebuild","Indices":["Search"]}</c> (or <c>"IncludeAll":true</c>): rebuilds the indexes once the recipe has committed.</summary>
internal sealed class LuceneIndexRebuildStep : IPendingRecipeStep
{
    public string Name => "lucene-index-rebuild";

    public async Task ExecuteAsync(JsonObject step, IServiceProvider services) =>
        IndexRecipeActions.AfterCommit(services, await IndexRecipeActions.IndexNamesAsync(step, Name, services), (indexing, name) => indexing.RebuildAsync(name));
}
