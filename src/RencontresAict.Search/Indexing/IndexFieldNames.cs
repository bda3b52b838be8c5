namespace RencontresAict.Search.Indexing;

/// <summary>
/// Lucene field names. The <c>Content.ContentItem.*</c> and item-id keys are Orchard Core 2.x's
/// (IndexingConstants), so saved queries and <c>DefaultSearchFields</c> stay portable; <c>Rencontres.*</c> are ours.
/// </summary>
public static class IndexFieldNames
{
    public const string ContentItemId = "ContentItemId";
    public const string ContentItemVersionId = "ContentItemVersionId";
    public const string ContentType = "Content.ContentItem.ContentType";
    public const string Owner = "Content.ContentItem.Owner";
    public const string Author = "Content.ContentItem.Author";
    public const string CreatedUtc = "Content.ContentItem.CreatedUtc";
    public const string ModifiedUtc = "Content.ContentItem.ModifiedUtc";
    public const string PublishedUtc = "Content.ContentItem.PublishedUtc";
    public const string Published = "Content.ContentItem.Published";
    public const string Latest = "Content.ContentItem.Latest";
    public const string DisplayText = "Content.ContentItem.DisplayText";
    public const string DisplayTextAnalyzed = "Content.ContentItem.DisplayText.Analyzed";
    public const string DisplayTextNormalized = "Content.ContentItem.DisplayText.Normalized";
    public const string FullText = "Content.ContentItem.FullText";
    public const string BodyAspectBody = "Content.BodyAspect.Body";
    public const string Source = "Content.ContentItem.Source";

    /// <summary>Orchard's suffix for the exact-value copy of texts shorter than 256 characters.</summary>
    public const string KeywordSuffix = ".keyword";

    /// <summary>Facet: the content type (doc values, for counting).</summary>
    public const string FacetType = "Rencontres.Facet.ContentType";

    /// <summary>Facet and filter: the term ids of a TaxonomyField named Format (the session's format).</summary>
    public const string FacetFormat = "Rencontres.Facet.Format";

    /// <summary>Facet and filter: the day a session starts, in the site's time zone (Europe/Paris), as yyyy-MM-dd.</summary>
    public const string FacetDay = "Rencontres.Facet.Day";

    /// <summary>Stored: when the item happens (a session's start, UTC, ISO 8601), shown beside a search result.</summary>
    public const string EventDate = "Rencontres.StartsAt";

    /// <summary>Commit data key: the last indexing task applied to an index.</summary>
    public const string LastTaskIdCommitKey = "Rencontres.LastTaskId";
}
