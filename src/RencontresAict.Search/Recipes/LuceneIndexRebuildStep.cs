using System.Text.Json.Nodes;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Search.Recipes;

/// <summary><c>{"name":"lucene-index-rebuild","Indices":["Search"]}</c> (or <c>"IncludeAll":true</c>): rebuilds the indexes once the recipe has committed.</summary>
internal sealed class LuceneIndexRebuildStep(IServiceProvider services) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        try
        {
            await RunAsync(step);
        }
        catch (InvalidOperationException e)
        {
            throw new RecipeStepException(context.StepPath, e.Message, e);
        }
    }

    public string Name => "lucene-index-rebuild";

    private async Task RunAsync(JsonObject step) =>
        IndexRecipeActions.AfterCommit(services, await IndexRecipeActions.IndexNamesAsync(step, Name, services), (indexing, name) => indexing.RebuildAsync(name));
}
