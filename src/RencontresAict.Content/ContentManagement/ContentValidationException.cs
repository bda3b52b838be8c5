namespace RencontresAict.Content.ContentManagement;

/// <summary>An item that its handlers refused; nothing of it was stored.</summary>
public sealed class ContentValidationException(ContentItem item, IReadOnlyList<ContentValidationError> errors)
    : Exception($"{item.ContentType} '{item.DisplayText ?? item.ContentItemId}' is not valid: " + string.Join("; ", errors.Select(e => $"{e.Member}: {e.Message}")))
{
    public IReadOnlyList<ContentValidationError> Errors { get; } = errors;
}
