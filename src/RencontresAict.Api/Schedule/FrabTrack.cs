namespace RencontresAict.Api.Schedule;

public sealed record FrabTrack(string Name, string Slug);
