namespace RencontresAict.Search.Models;

/// <summary>
/// Site setting <c>LuceneSettings</c> (set by the Settings recipe step under Properties): which index the search
/// page uses and which fields a visitor's words are looked for in.
/// </summary>
public sealed class LuceneSettings
{
    public const string DefaultIndexName = "Search";

    /// <summary>Weight of a match in the title over a match in the body, when DisplayText.Analyzed is searched.</summary>
    public const float DisplayTextBoost = 2f;

    public string? SearchIndex { get; set; }

    public string[] DefaultSearchFields { get; set; } = [];

    public bool AllowLuceneQueriesInSearch { get; set; }
}
