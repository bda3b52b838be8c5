using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Recipes.Export;

/// <summary>
/// A module's rule for exporting part of the content rather than all of it (the conference module's: one edition and
/// what it uses). The exporter knows no such rule itself: the caller passes one with its argument
/// (<see cref="RecipeContentSelection"/>).
/// </summary>
public interface IRecipeContentSelector
{
    /// <summary>What the argument names, for the recipe's name and display name ("edition" → "…, edition 13 (export)").</summary>
    string Name { get; }

    /// <summary>The items to export; throws <see cref="InvalidOperationException"/> with a clear message when the argument names nothing.</summary>
    IReadOnlyList<ContentItem> Select(IReadOnlyList<ContentItem> items, ContentDefinitionDocument definitions, string argument);
}
