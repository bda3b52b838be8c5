namespace RencontresAict.Content.ContentManagement;

/// <summary>Validation collects errors keyed by the member they concern (e.g. "AutoroutePart.Path").</summary>
public sealed class ValidateContentContext(ContentItem contentItem) : ContentContext(contentItem)
{
    public List<ContentValidationError> Errors { get; } = [];

    public void Fail(string member, string message) => Errors.Add(new ContentValidationError(member, message));
}
