namespace RencontresAict.Content.Localization;

/// <summary>One translated text of a PO file: its context (Orchard writes the type's full name there, or none), its source text and its translations (one, or one per plural form).</summary>
public sealed record PoEntry(string? Context, string Id, IReadOnlyList<string> Translations);
