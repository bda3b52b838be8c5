using System.Globalization;
using RencontresAict.Content.Recipes.Export;

namespace RencontresAict.Conference.Export;

/// <summary>Exports of one edition (<c>export-recipe --edition 13</c>): the engine's exporter with <see cref="EditionExportSelector"/>.</summary>
public static class EditionExport
{
    /// <summary>The selection of an edition's items; null (everything) without a number.</summary>
    public static RecipeContentSelection? Selection(int? edition) =>
        edition is { } number ? new RecipeContentSelection(new EditionExportSelector(), number.ToString(CultureInfo.InvariantCulture)) : null;

    public static Task<RecipeExport> ExportAsync(this RecipeExporter exporter, int? edition) => exporter.ExportAsync(Selection(edition));

    public static Task<RecipeExport> ExportToFileAsync(this RecipeExporter exporter, string path, int? edition, CancellationToken cancellationToken = default) =>
        exporter.ExportToFileAsync(path, Selection(edition), cancellationToken);
}
