namespace RencontresAict.Conference.Schedule;

public sealed record FrabDayRoom(FrabRoom Room, IReadOnlyList<FrabEvent> Events);
