namespace RencontresAict.Conference.Schedule;

/// <summary>A day of the conference: its events grouped by room, from the first start to the last end.</summary>
public sealed record FrabDay(int Index, DateOnly Date, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<FrabDayRoom> Rooms);
