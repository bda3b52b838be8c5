using System.Text.Json.Nodes;

namespace RencontresAict.Content.Recipes;

/// <summary>
/// A parsed recipe: its header, its <c>variables</c> (evaluated lazily) and its <c>steps</c>, plus where it came
/// from, so errors can name the file and <c>[file: ...]</c> expressions can read beside it.
/// </summary>
public sealed class RecipeDocument
{
    public required RecipeDescriptor Descriptor { get; init; }

    /// <summary>The file as the caller named it; errors start with it.</summary>
    public required string SourceName { get; init; }

    /// <summary>The folder <c>[file: text('x')]</c> and the media step's <c>SourcePath</c> are relative to.</summary>
    public required string Folder { get; init; }

    public JsonObject Variables { get; init; } = [];

    /// <summary>Each step is a JSON object with a <c>name</c>; they run in order.</summary>
    public IReadOnlyList<JsonObject> Steps { get; init; } = [];
}
