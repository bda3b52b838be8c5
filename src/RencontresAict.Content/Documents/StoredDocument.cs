namespace RencontresAict.Content.Documents;

/// <summary>A row of the Document table: a JSON document, its type and its concurrency stamp.</summary>
public sealed record StoredDocument(long Id, string Type, string Content, long Version);
