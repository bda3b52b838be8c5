namespace RencontresAict.Conference.Display.Models;

/// <summary>A speaker's sessions in one edition, for the speaker's page.</summary>
public sealed record SpeakerEditionModel(EditionModel Edition, IReadOnlyList<SessionModel> Sessions);
