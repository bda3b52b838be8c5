using System.Text.Json.Nodes;

namespace RencontresAict.Content.Recipes.Export;

/// <summary>An exported recipe and what it holds, for the CLI's one line.</summary>
public sealed record RecipeExport(JsonObject Recipe, int ContentItems, int ContentTypes)
{
    /// <summary>This site's own activities and parts the recipe uses, which a stock Orchard Core site cannot run.</summary>
    public IReadOnlyList<string> SiteOnly { get; init; } = [];
}
