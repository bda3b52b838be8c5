using System.Globalization;
using Lucene.Net.Documents;
using RencontresAict.Search.Indexing;

namespace RencontresAict.Search.Searching;

/// <summary>A result as read from the index's stored fields, before the item is loaded.</summary>
internal sealed record RawHit(string ContentItemId, string ContentType, string Title, string Snippet, DateTime? Date, float Score)
{
    /// <summary>The stored fields a hit is read from: the others (the item's JSON above all) are not loaded.</summary>
    public static ISet<string> StoredFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        IndexFieldNames.ContentItemId, IndexFieldNames.ContentType, IndexFieldNames.DisplayText, IndexFieldNames.FullText,
        IndexFieldNames.EventDate, IndexFieldNames.PublishedUtc,
    };

    public static RawHit Read(Document document, float score, SnippetHighlighter highlighter)
    {
        var date = ParseUtc(document.Get(IndexFieldNames.EventDate))
            ?? ParseLuceneDate(document.Get(IndexFieldNames.PublishedUtc));
        return new RawHit(
            document.Get(IndexFieldNames.ContentItemId) ?? "",
            document.Get(IndexFieldNames.ContentType) ?? "",
            document.Get(IndexFieldNames.DisplayText) ?? "",
            highlighter.Highlight(IndexFieldNames.FullText, document.Get(IndexFieldNames.FullText)),
            date,
            score);
    }

    private static DateTime? ParseUtc(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static DateTime? ParseLuceneDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return DateTime.SpecifyKind(DateTools.StringToDate(text), DateTimeKind.Utc);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
