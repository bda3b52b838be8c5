using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Programme;

/// <summary>The edition an export is about: its item and the values read from its Edition part.</summary>
public sealed record EditionInfo(
    ContentItem Item, int? Number, string Title, string? Theme, string? Tagline, DateTime? StartsAtUtc, DateTime? EndsAtUtc,
    string? Url, string? Organiser, int Sequence)
{
    /// <summary>The frab acronym: "aict" and the edition number (pattern ^[a-z0-9_]{4,}$).</summary>
    public string Acronym => Number is { } n ? $"aict{n}" : "aict";
}
