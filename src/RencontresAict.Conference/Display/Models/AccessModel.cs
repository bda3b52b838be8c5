namespace RencontresAict.Conference.Display.Models;

/// <summary>One way to reach the venue: "Métro" and its lines of text ("ligne 7, station Porte de la Villette").</summary>
public sealed record AccessModel(string Label, IReadOnlyList<string> Lines);
