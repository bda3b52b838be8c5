using System.Text.Json.Nodes;

namespace RencontresAict.Content.Recipes;

/// <summary>
/// Runs the recipe steps of one name (compared case-insensitively, as Orchard does). Modules add theirs with
/// <c>services.AddScoped&lt;IRecipeStepHandler, XStepHandler&gt;()</c>; a handler runs in the recipe's session,
/// and throws <see cref="RecipeStepException"/> with the JSON path of what it refuses.
/// </summary>
public interface IRecipeStepHandler
{
    string Name { get; }

    Task ExecuteAsync(JsonObject step, RecipeExecutionContext context);
}
