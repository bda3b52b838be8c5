using System.Text.Json.Nodes;

namespace RencontresAict.Workflows.Recipes;

/// <summary>
/// A recipe step handler, in the shape of the recipe executor's IRecipeStepHandler (adapted to the recipe executor
/// at merge): the step's name, and its execution in the recipe's scope (whose DocumentSession is the recipe's
/// transaction).
/// </summary>
internal interface IPendingRecipeStep
{
    string Name { get; }

    Task ExecuteAsync(JsonObject step, IServiceProvider services);
}
