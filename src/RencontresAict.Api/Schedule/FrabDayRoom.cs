namespace RencontresAict.Api.Schedule;

public sealed record FrabDayRoom(FrabRoom Room, IReadOnlyList<FrabEvent> Events);
