namespace RencontresAict.Content.Recipes.Scripting;

/// <summary>
/// JavaScript functions a module adds to recipe scripts, as Orchard's global method providers do (the Workflows
/// module adds <c>createWorkflowToken</c>). Register with <c>services.AddScoped&lt;IRecipeScriptFunctions, X&gt;()</c>;
/// each delegate is called by Jint with the script's arguments.
/// </summary>
public interface IRecipeScriptFunctions
{
    IEnumerable<KeyValuePair<string, Delegate>> Functions { get; }
}
