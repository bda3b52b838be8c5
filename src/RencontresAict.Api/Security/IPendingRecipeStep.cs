using System.Text.Json.Nodes;

namespace RencontresAict.Api.Security;

/// <summary>
/// A recipe step this module contributes. Adapted to the recipe executor at merge: it has the shape of
/// <c>IRecipeStepHandler</c> (Name, ExecuteAsync(step, services)); the executor saves the session after the step.
/// </summary>
internal interface IPendingRecipeStep
{
    string Name { get; }

    Task ExecuteAsync(JsonObject step, IServiceProvider services);
}
