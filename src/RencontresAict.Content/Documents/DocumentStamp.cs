namespace RencontresAict.Content.Documents;

/// <summary>A document's id and stored version, read from an index query joined to Document: enough to find it in a cache.</summary>
public sealed record DocumentStamp(long Id, long Version);
