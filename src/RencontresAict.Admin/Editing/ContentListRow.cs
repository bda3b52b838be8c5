namespace RencontresAict.Admin.Editing;

/// <summary>
/// One item of a content list, read from the index tables (latest version, and whether one is published). Settable
/// properties, not a positional record: with no row, SQLite reports no column types and Dapper could not pick the
/// record's constructor (an empty search answered 500).
/// </summary>
public sealed class ContentListRow
{
    public string ContentItemId { get; set; } = "";

    public string? DisplayText { get; set; }

    public string? ModifiedUtc { get; set; }

    public string? Author { get; set; }

    public string? Owner { get; set; }

    public long Published { get; set; }

    public long HasPublished { get; set; }

    /// <summary>The item's culture (LocalizationPart), or null when it has none.</summary>
    public string? Culture { get; set; }
}
