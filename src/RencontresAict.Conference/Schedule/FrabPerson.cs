namespace RencontresAict.Conference.Schedule;

/// <summary>A speaker in pretalx's person shape (name, guid, url): frab's public_name/id are deprecated.</summary>
public sealed record FrabPerson(string Guid, string Name, string? Url);
