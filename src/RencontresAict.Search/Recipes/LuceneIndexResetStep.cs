using System.Text.Json.Nodes;

namespace RencontresAict.Search.Recipes;

/// <summary><c>{"name":"lucene-index-reset","Indices":["Search"]}</c>: deletes the index files and builds them again once the recipe has committed.</summary>
internal sealed class LuceneIndexResetStep : IPendingRecipeStep
{
    public string Name => "lucene-index-reset";

    public async Task ExecuteAsync(JsonObject step, IServiceProvider services) =>
        IndexRecipeActions.AfterCommit(services, await IndexRecipeActions.IndexNamesAsync(step, Name, services), (indexing, name) => indexing.ResetAsync(name));
}
