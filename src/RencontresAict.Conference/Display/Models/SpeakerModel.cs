using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Display.Models;

/// <summary>A speaker (or the editorial's signatory) with the functions listed under the name.</summary>
public sealed record SpeakerModel(ContentItem Item, string Name, IReadOnlyList<string> Functions, string? Organisation, string? Url);
