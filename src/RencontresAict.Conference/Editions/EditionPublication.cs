using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Editions;

/// <summary>What publishing an edition did: the edition, the drafts published with it, and whether it became current.</summary>
public sealed record EditionPublication(ContentItem Edition, IReadOnlyList<ContentItem> Published, bool MadeCurrent);
