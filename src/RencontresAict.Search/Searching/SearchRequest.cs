namespace RencontresAict.Search.Searching;

/// <summary>What a visitor asked: words, optional filters (content type, format term id, day yyyy-MM-dd) and a page (from 1).</summary>
public sealed record SearchRequest(string? Terms, string? Type = null, string? Format = null, string? Day = null, int Page = 1);
