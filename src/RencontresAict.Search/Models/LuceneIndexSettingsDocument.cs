namespace RencontresAict.Search.Models;

/// <summary>The site's Lucene indexes, stored as one document (Orchard's LuceneIndexSettingsDocument).</summary>
public sealed class LuceneIndexSettingsDocument
{
    public Dictionary<string, LuceneIndexSettings> LuceneIndexSettings { get; set; } = new(StringComparer.Ordinal);
}
