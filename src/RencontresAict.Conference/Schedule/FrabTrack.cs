namespace RencontresAict.Conference.Schedule;

public sealed record FrabTrack(string Name, string Slug);
