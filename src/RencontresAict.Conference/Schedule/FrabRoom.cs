namespace RencontresAict.Conference.Schedule;

public sealed record FrabRoom(string Name, string Guid, string Slug);
