namespace RencontresAict.Content.Recipes;

/// <summary>What a step refuses, at a JSON path of the recipe (<c>$.steps[4].data[12].ContentItemId</c>).</summary>
public sealed class RecipeStepException(string path, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Path { get; } = path;
}
