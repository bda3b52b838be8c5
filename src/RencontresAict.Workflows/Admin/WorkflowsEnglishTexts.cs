using System.Collections.Frozen;

namespace RencontresAict.Workflows.Admin;

/// <summary>English for the workflow and outbox admin pages' French texts (keys are the French texts as the code writes them).</summary>
public static class WorkflowsEnglishTexts
{
    public static FrozenDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Workflows"] = "Workflows",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
