using System.Collections.Frozen;

namespace RencontresAict.Admin.Localization;

/// <summary>English for the admin's French texts. A missing entry shows the French text.</summary>
public static class EnglishTexts
{
    public static FrozenDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Administration"] = "Administration",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
