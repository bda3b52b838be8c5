namespace RencontresAict.Conference.Programme;

/// <summary>A speaker of a session, with the absolute URL of their page when they have one.</summary>
public sealed record PersonInfo(string ContentItemId, string Name, string? Url);
