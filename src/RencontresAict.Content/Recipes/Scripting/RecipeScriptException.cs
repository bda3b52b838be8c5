namespace RencontresAict.Content.Recipes.Scripting;

/// <summary>A <c>[js: ...]</c> or <c>[file: ...]</c> value that could not be evaluated.</summary>
public sealed class RecipeScriptException(string message, Exception? inner = null) : Exception(message, inner);
