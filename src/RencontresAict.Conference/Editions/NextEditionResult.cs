using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Editions;

/// <summary>
/// What « Préparer l'édition suivante » made, all as drafts: the edition, its pages and its registration form (with a new
/// workflow type), and the translations of those.
/// </summary>
public sealed record NextEditionResult(ContentItem Edition, IReadOnlyList<ContentItem> Pages, ContentItem? Form, string? WorkflowTypeId)
{
    public IReadOnlyList<ContentItem> Translations { get; init; } = [];
}
