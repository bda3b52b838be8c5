namespace RencontresAict.Admin.Editing;

/// <summary>One item of a content list, read from the index tables (latest version, and whether one is published).</summary>
public sealed record ContentListRow(string ContentItemId, string? DisplayText, string? ModifiedUtc, string? Author, string? Owner, long Published, long HasPublished);
