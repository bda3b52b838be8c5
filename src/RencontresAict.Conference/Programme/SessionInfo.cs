using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Programme;

/// <summary>One scheduled session, its instants in UTC, with its formats and speakers resolved to names.</summary>
public sealed record SessionInfo(
    ContentItem Item, long NumericId, string Title, string? DescriptionHtml, DateTime StartsAtUtc, DateTime EndsAtUtc,
    string? Room, bool Cancelled, IReadOnlyList<string> Formats, IReadOnlyList<PersonInfo> Speakers, string? Url, int Sequence)
{
    public string ContentItemId => Item.ContentItemId;

    /// <summary>The last segment of the session's path, or its id when it has none.</summary>
    public string PathSlug => Item.GetText("AutoroutePart", "Path")?.Trim('/').Split('/')[^1] is { Length: > 0 } slug ? slug : ContentItemId;
}
