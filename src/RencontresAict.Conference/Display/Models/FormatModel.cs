namespace RencontresAict.Conference.Display.Models;

/// <summary>A term of the Formats taxonomy (plénière, atelier, micro-atelier…).</summary>
public sealed record FormatModel(string Id, string Name, string? Description, bool Featured, decimal Order);
