namespace RencontresAict.Search.Models;

/// <summary>One Lucene index, as Orchard Core 2.x describes it (LuceneIndexSettings, the lucene-index recipe step).</summary>
public sealed class LuceneIndexSettings
{
    public string IndexName { get; set; } = "";

    /// <summary>"standardanalyzer" (Orchard's built-in) or "frenchanalyzer".</summary>
    public string AnalyzerName { get; set; } = "standardanalyzer";

    /// <summary>False: published versions only. True: the latest version, drafts included.</summary>
    public bool IndexLatest { get; set; }

    public string[] IndexedContentTypes { get; set; } = [];

    /// <summary>"any" (or empty) for every culture.</summary>
    public string? Culture { get; set; } = "any";

    /// <summary>Keep the item's JSON in the index (field Content.ContentItem.Source).</summary>
    public bool StoreSourceData { get; set; }
}
