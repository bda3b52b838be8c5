namespace RencontresAict.Search.Indexing;

/// <summary>Orchard's LuceneContentIndexSettings on a type part or a part field. <c>Included</c> defaults to false.</summary>
public sealed class FieldIndexSettings
{
    public bool Included { get; set; }

    public bool Stored { get; set; }

    public bool Keyword { get; set; }
}
