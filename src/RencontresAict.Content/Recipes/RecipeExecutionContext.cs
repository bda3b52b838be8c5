using RencontresAict.Content.Recipes.Scripting;

namespace RencontresAict.Content.Recipes;

/// <summary>The state of one recipe execution that its step handlers share: where it is, and what it has done.</summary>
public sealed class RecipeExecutionContext
{
    public required RecipeDocument Recipe { get; init; }

    /// <summary>Setup parameters (<c>AdminUsername</c>, <c>AdminUserId</c>, <c>SiteName</c>, …) as <c>parameters()</c> reads them.</summary>
    public required IReadOnlyDictionary<string, string?> Parameters { get; init; }

    public required RecipeScriptEvaluator Scripts { get; init; }

    /// <summary>Files written by steps; deleted (or restored) when the recipe fails.</summary>
    public required RecipeFileJournal Files { get; init; }

    public int StepIndex { get; internal set; }

    public string StepName { get; internal set; } = "";

    /// <summary>The JSON path of the running step, <c>$.steps[4]</c>; handlers extend it for their errors.</summary>
    public string StepPath => $"$.steps[{StepIndex}]";

    public int ContentItemsImported { get; set; }
}
