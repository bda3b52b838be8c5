namespace RencontresAict.Content.Recipes.Export;

/// <summary>Export only what <paramref name="Selector"/> chooses for <paramref name="Argument"/> (an edition's number, say).</summary>
public sealed record RecipeContentSelection(IRecipeContentSelector Selector, string Argument);
