namespace RencontresAict.Content.Recipes;

/// <summary>
/// A recipe that did not run; nothing of it was stored. The message is one line that names the file, the step
/// (index and name) and the JSON path: <c>x.recipe.json: step 4 (Content): $.steps[4].data[12].ContentItemId: ...</c>.
/// </summary>
public sealed class RecipeExecutionException(string message, Exception? inner = null) : Exception(message, inner)
{
    public string? SourceName { get; init; }

    public int? StepIndex { get; init; }

    public string? StepName { get; init; }

    public string? JsonPath { get; init; }
}
