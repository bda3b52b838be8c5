using System.Text.Json.Nodes;

namespace RencontresAict.Content.Recipes.Export;

/// <summary>An exported recipe and what it holds, for the CLI's one line.</summary>
public sealed record RecipeExport(JsonObject Recipe, int ContentItems, int ContentTypes);
