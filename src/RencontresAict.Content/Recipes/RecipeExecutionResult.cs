namespace RencontresAict.Content.Recipes;

/// <summary>What a recipe did, for the one line the CLI and the setup log print.</summary>
public sealed record RecipeExecutionResult(RecipeDescriptor Descriptor, int Steps, int ContentItems, TimeSpan Elapsed);
