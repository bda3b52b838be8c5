using System.Text.Json.Nodes;

namespace RencontresAict.Search.Recipes;

/// <summary>
/// A recipe step handler. Adapted to the recipe executor at merge: it has the executor's IRecipeStepHandler shape
/// (Name, ExecuteAsync(step, services)), which this branch cannot reference yet.
/// </summary>
internal interface IPendingRecipeStep
{
    string Name { get; }

    Task ExecuteAsync(JsonObject step, IServiceProvider services);
}
