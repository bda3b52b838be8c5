namespace RencontresAict.Conference.Display.Models;

/// <summary>The sessions sharing one time slot: "14 h 30" to "16 h 00", with the ISO instants for &lt;time&gt;.</summary>
public sealed record ProgrammeSlotModel(string StartText, string? EndText, string StartIso, string? EndIso, IReadOnlyList<SessionModel> Sessions);
