using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Display.Models;

/// <summary>A speaker (or the editorial's signatory) with the functions listed under the name and their photo (Speaker.Photo).</summary>
public sealed record SpeakerModel(ContentItem Item, string Name, IReadOnlyList<string> Functions, string? Organisation, string? Url, MediaModel? Photo = null)
{
    /// <summary>"Maire de Dijon, Président de Dijon Métropole": the functions in one line, for lists.</summary>
    public string Role => string.Join(", ", Functions);
}
