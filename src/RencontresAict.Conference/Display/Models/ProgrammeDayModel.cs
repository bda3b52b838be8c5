namespace RencontresAict.Conference.Display.Models;

/// <summary>One day of the programme ("Lundi 20 juin 2022") and its slots in time order.</summary>
public sealed record ProgrammeDayModel(string Heading, string DateIso, IReadOnlyList<ProgrammeSlotModel> Slots);
