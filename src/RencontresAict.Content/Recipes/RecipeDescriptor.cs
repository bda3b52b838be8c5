namespace RencontresAict.Content.Recipes;

/// <summary>A recipe's header, as Orchard Core lists it on its Recipes page (keys are lower-case in the file).</summary>
public sealed class RecipeDescriptor
{
    public string Name { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public string? Author { get; set; }

    public string? Website { get; set; }

    public string? Version { get; set; }

    public bool IsSetupRecipe { get; set; }

    public IReadOnlyList<string> Categories { get; set; } = [];

    public IReadOnlyList<string> Tags { get; set; } = [];
}
