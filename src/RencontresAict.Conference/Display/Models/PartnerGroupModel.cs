namespace RencontresAict.Conference.Display.Models;

/// <summary>The partners of one role, under a French heading ("Partenaires institutionnels").</summary>
public sealed record PartnerGroupModel(string Role, string Label, IReadOnlyList<PartnerModel> Partners);
