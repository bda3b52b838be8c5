using System.Text.Json.Nodes;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Search.Recipes;

/// <summary><c>{"name":"lucene-index-reset","Indices":["Search"]}</c>: deletes the index files and builds them again once the recipe has committed.</summary>
internal sealed class LuceneIndexResetStep(IServiceProvider services) : IRecipeStepHandler
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

    public string Name => "lucene-index-reset";

    private async Task RunAsync(JsonObject step) =>
        IndexRecipeActions.AfterCommit(services, await IndexRecipeActions.IndexNamesAsync(step, Name, services), (indexing, name) => indexing.ResetAsync(name));
}
