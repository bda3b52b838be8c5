namespace RencontresAict.Search.Models;

/// <summary>A stored Lucene query: a Liquid template of Elasticsearch-style JSON run against an index.</summary>
public sealed class LuceneQuery
{
    public const string SourceName = "Lucene";

    public string Source { get; set; } = SourceName;

    public string Name { get; set; } = "";

    public string Index { get; set; } = "";

    public string Template { get; set; } = "";

    public string? Schema { get; set; }

    public bool ReturnContentItems { get; set; }
}
