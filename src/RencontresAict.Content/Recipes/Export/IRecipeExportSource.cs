using System.Text.Json.Nodes;

namespace RencontresAict.Content.Recipes.Export;

/// <summary>
/// A module's own steps for the site export, in the shape its recipe step imports (the Workflows module adds
/// <c>WorkflowType</c>); register with <c>services.AddScoped&lt;IRecipeExportSource, X&gt;()</c>. Written after Content.
/// </summary>
public interface IRecipeExportSource
{
    Task<IReadOnlyList<JsonObject>> GetStepsAsync();
}
