using System.Globalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Recipes.Export;

namespace RencontresAict.Conference.Export;

/// <summary>The conference's export rule for the engine's exporter: one edition, by its number, and what it uses (<see cref="EditionContentSelector"/>).</summary>
public sealed class EditionExportSelector : IRecipeContentSelector
{
    public string Name => "edition";

    public IReadOnlyList<ContentItem> Select(IReadOnlyList<ContentItem> items, ContentDefinitionDocument definitions, string argument) =>
        new EditionContentSelector(definitions).Select(items, int.Parse(argument, NumberStyles.None, CultureInfo.InvariantCulture));
}
