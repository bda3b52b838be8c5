namespace RencontresAict.Search.Queries;

/// <summary>A query that cannot be run as written: malformed JSON, an unknown clause, a bad template. Answered with 400.</summary>
public sealed class LuceneQueryException(string message, Exception? inner = null) : Exception(message, inner);
