using RencontresAict.Content.Liquid;

namespace RencontresAict.Conference.Display.Models;

/// <summary>A term of the Formats taxonomy (plénière, atelier, micro-atelier…); its slug names it in <c>/programme?format=…</c>.</summary>
public sealed record FormatModel(string Id, string Name, string? Description, bool Featured, decimal Order)
{
    public string Slug => Slugifier.Slugify(Name);
}
